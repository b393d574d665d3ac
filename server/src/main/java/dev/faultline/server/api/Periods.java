package dev.faultline.server.api;

import dev.faultline.domain.PartialDate;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Periods as the alliance model names them ({@code 2018}, {@code 2018-Q3}, {@code 2018-09}) and the time windows they fall in. */
final class Periods {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Periods() {}

    /** The first day of the period, or null when it is not one. */
    static LocalDate start(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) return LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
        return PartialDate.parse(period).map(PartialDate::start).orElse(null);
    }

    /** The last day of the period, or null. */
    static LocalDate end(String period) {
        Matcher q = QUARTER.matcher(period);
        if (q.matches()) return start(period).plusMonths(3).minusDays(1);
        return PartialDate.parse(period).map(PartialDate::end).orElse(null);
    }

    /** Whether the period overlaps the window [since, until] (either end open when null). */
    static boolean within(String period, PartialDate since, PartialDate until) {
        return overlaps(start(period), end(period), since, until);
    }

    /** Whether [from, to] (either end open when null) overlaps the window [since, until]. */
    static boolean overlaps(LocalDate from, LocalDate to, PartialDate since, PartialDate until) {
        if (until != null && from != null && from.isAfter(until.end())) return false;
        return since == null || to == null || !to.isBefore(since.start());
    }

    static boolean overlaps(PartialDate from, PartialDate to, PartialDate since, PartialDate until) {
        return overlaps(from == null ? null : from.start(), to == null ? null : to.end(), since, until);
    }
}
