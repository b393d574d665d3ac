package dev.faultline.domain;

/** How much of a date is known. A month stays a month: precision is never invented. */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
