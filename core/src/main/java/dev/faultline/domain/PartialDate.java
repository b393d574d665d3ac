package dev.faultline.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to day, month or year precision. {@link #value()} prints only what is known
 * ({@code 2018}, {@code 2018-09}, {@code 2018-09-02}); {@link #start()} is the first day it covers.
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) throw new IllegalArgumentException("a year-precision date has no month or day");
            }
            case MONTH -> {
                if (day != 0) throw new IllegalArgumentException("a month-precision date has no day");
                YearMonth.of(year, month);
            }
            case DAY -> LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DatePrecision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, also the date part of an ISO
     * timestamp ({@code 2024-07-16 23:37:19}, {@code 2024-07-16T23:37:19Z}); empty when it is none of these.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) s = s.substring(0, 10);
        Matcher m = ISO.matcher(s);
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(ofYear(y));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(ofMonth(y, mo));
            return Optional.of(ofDay(LocalDate.of(y, mo, Integer.parseInt(m.group(3)))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date covers: the day itself, the month's last day, or 31 December. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            case DAY -> start();
        };
    }

    public String value() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return value();
    }
}
