package dev.faultline.domain.relation;

import java.time.LocalDate;
import java.util.Locale;

/** How finely a series is cut: by month ("2018-08"), quarter ("2018-Q3") or year ("2018"). */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period a day falls in, as written in series. */
    public String period(LocalDate d) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(d.getYear());
        };
    }
}
