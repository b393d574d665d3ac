package dev.faultline.actors.tabari;

import java.time.DateTimeException;
import java.time.LocalDate;

/** TABARI date strings: {@code YYMMDD} (years 00–30 are 20YY, others 19YY) or {@code YYYYMMDD}. */
final class TabariDates {
    private TabariDates() {}

    static LocalDate parse(String s) {
        String d = s.strip();
        if (!d.matches("\\d{6}|\\d{8}")) {
            throw new IllegalArgumentException("'" + s + "' is not a YYMMDD or YYYYMMDD date");
        }
        int year;
        int rest;
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(d.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(d.substring(rest, rest + 2)), Integer.parseInt(d.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date", e);
        }
    }

    /** Parses the inside of a bracket, e.g. {@code ISRGOV 950601-990815}, {@code HOB <950601}, {@code ISR}. */
    static CodeSpan span(String inside) {
        String t = inside.strip();
        int sp = t.indexOf(' ');
        if (sp < 0) return new CodeSpan(t, null, null);
        String code = t.substring(0, sp);
        String r = t.substring(sp + 1).replace(" ", "");
        if (r.startsWith("<")) return new CodeSpan(code, null, parse(r.substring(1)));
        if (r.startsWith(">")) return new CodeSpan(code, parse(r.substring(1)), null);
        int dash = r.indexOf('-');
        if (dash < 0) throw new IllegalArgumentException("'" + inside + "' has an unreadable date restriction");
        String from = r.substring(0, dash);
        String to = r.substring(dash + 1);
        if (from.isEmpty() && to.isEmpty()) throw new IllegalArgumentException("'" + inside + "' has an empty date range");
        // A range open at one end ("000717-") is read as open there rather than refused.
        return new CodeSpan(code, from.isEmpty() ? null : parse(from), to.isEmpty() ? null : parse(to));
    }
}
