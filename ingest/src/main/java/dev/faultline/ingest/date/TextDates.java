package dev.faultline.ingest.date;

import dev.faultline.domain.PartialDate;
import dev.faultline.lexicon.CommonWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates a text mentions: full dates ("August 8, 2018", "Aug. 8, 2018",
 * "8 August 2018", "8th of August, 2018", "2018-08-08") and month-years ("September 2015"). Month
 * names must be capitalized, so the verb "may" is not May. Relative dates ("last October") are not
 * resolved here: without an anchor they give nothing certain.
 */
public final class TextDates {
    private static final Map<String, Integer> MONTHS = CommonWords.MONTHS;
    /** A month as written, capitalised or (full names) in capitals: "August", "Aug.", "Sept", "AUGUST". */
    private static final String MONTH = monthPattern();
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b");
    /** A page's day and year rendered from two elements with no space between: "Updated Mar 042019". */
    private static final Pattern MONTH_GLUED_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{2})((?:19|20)\\d{2})\\b");
    /**
     * Day-first numeric dates with dots or dashes, as European and Arab outlets write them: "24.08.2013",
     * "15-09-2013". Slashes are left alone: "09/10/2013" is month-first in American copy.
     */
    private static final Pattern DOTTED_DAY = Pattern.compile("(?<![\\d.-])(\\d{1,2})([.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d.-])");
    private static final int MIN_YEAR = 1900;

    private TextDates() {
    }

    /** Full dates the text mentions, in order of appearance, none later than {@code latest}. */
    public static List<PartialDate> days(String text, LocalDate latest) {
        List<PartialDate> out = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) day(m.group(3), month(m.group(1)), m.group(2), latest).ifPresent(out::add);
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) day(m.group(3), month(m.group(2)), m.group(1), latest).ifPresent(out::add);
        m = ISO_DAY.matcher(text);
        while (m.find()) day(m.group(1), Integer.parseInt(m.group(2)), m.group(3), latest).ifPresent(out::add);
        m = MONTH_GLUED_DAY_YEAR.matcher(text);
        while (m.find()) day(m.group(3), month(m.group(1)), m.group(2), latest).ifPresent(out::add);
        m = DOTTED_DAY.matcher(text);
        while (m.find()) {
            int mo = Integer.parseInt(m.group(3));
            if (mo >= 1 && mo <= 12) day(m.group(4), mo, m.group(1), latest).ifPresent(out::add);
        }
        return out;
    }

    /** Month-years the text mentions (also the months of its full dates), none later than {@code latest}. */
    public static List<PartialDate> months(String text, LocalDate latest) {
        List<PartialDate> out = new ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            int mo = month(m.group(1));
            if (y >= MIN_YEAR && !PartialDate.ofMonth(y, mo).start().isAfter(latest)) out.add(PartialDate.ofMonth(y, mo));
        }
        return out;
    }

    /**
     * The date a report was most likely written, from its text alone: the latest full date it mentions
     * (a report is written after the events it tells of), else the latest month-year; none after
     * {@code latest}.
     */
    public static Optional<PartialDate> estimatePublication(String text, LocalDate latest) {
        Optional<PartialDate> day = days(text, latest).stream().max(Comparator.naturalOrder());
        return day.isPresent() ? day : months(text, latest).stream().max(Comparator.naturalOrder());
    }

    /** The one date a metadata value spells out in words ("Tue, 16 Jul 2024 10:00 GMT"), if it holds one. */
    public static Optional<PartialDate> single(String value, LocalDate latest) {
        List<PartialDate> d = days(value, latest);
        if (!d.isEmpty()) return Optional.of(d.get(0));
        List<PartialDate> mo = months(value, latest);
        return mo.isEmpty() ? Optional.empty() : Optional.of(mo.get(0));
    }

    private static int month(String name) {
        return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static Optional<PartialDate> day(String year, int month, String day, LocalDate latest) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            if (d.getYear() < MIN_YEAR || d.isAfter(latest)) return Optional.empty();
            return Optional.of(PartialDate.ofDay(d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The alternation of month words, longest first so "Sept" is tried before "Sep". */
    private static String monthPattern() {
        List<String> words = new ArrayList<>();
        for (String m : MONTHS.keySet()) {
            words.add(Character.toUpperCase(m.charAt(0)) + m.substring(1));
            if (isFullName(m)) words.add(m.toUpperCase(Locale.ROOT));
        }
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return "(" + String.join("|", words) + ")\\.?";
    }

    private static boolean isFullName(String month) {
        return java.time.Month.of(MONTHS.get(month)).name().equalsIgnoreCase(month);
    }
}
