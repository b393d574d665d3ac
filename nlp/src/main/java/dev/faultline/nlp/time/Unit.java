package dev.faultline.nlp.time;

import dev.faultline.domain.DatePrecision;

import java.time.Period;
import java.util.Locale;

/** A calendar unit of a duration ("days", "fortnight", "months"), with the precision it gives a date. */
enum Unit {
    DAY(Period.ofDays(1), DatePrecision.DAY), WEEK(Period.ofWeeks(1), DatePrecision.DAY),
    FORTNIGHT(Period.ofWeeks(2), DatePrecision.DAY), MONTH(Period.ofMonths(1), DatePrecision.MONTH),
    YEAR(Period.ofYears(1), DatePrecision.YEAR), DECADE(Period.ofYears(10), DatePrecision.YEAR);

    final Period one;
    final DatePrecision precision;

    Unit(Period one, DatePrecision precision) {
        this.one = one;
        this.precision = precision;
    }

    Period times(int n) {
        return one.multipliedBy(n);
    }

    /** The unit of "day", "days", "weeks", "fortnight", …, else null. */
    static Unit of(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "day", "days" -> DAY;
            case "week", "weeks" -> WEEK;
            case "fortnight", "fortnights" -> FORTNIGHT;
            case "month", "months" -> MONTH;
            case "year", "years" -> YEAR;
            case "decade", "decades" -> DECADE;
            default -> null;
        };
    }
}
