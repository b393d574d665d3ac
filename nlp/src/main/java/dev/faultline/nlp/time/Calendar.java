package dev.faultline.nlp.time;

import dev.faultline.lexicon.CommonWords;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English calendar words as news writes them (full names, AP abbreviations with or without the dot), from the common word lists. */
final class Calendar {
    private Calendar() {
    }

    private static final Map<String, Integer> MONTHS = CommonWords.MONTHS;

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50));

    /** Words after which a bare month name or year is a date ("in May", "since 1998", "the end of June"). */
    static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "during", "from",
            "to", "through", "before", "after", "of", "early", "late", "mid", "between", "and", "or", "on", "last",
            "next", "this", "that", "around", "throughout", "as", "for");

    /** Words that put a sentence in the future, so an incomplete date resolves forward, not back. */
    // Only unambiguous ones: "expected", "due" (to), "later", "plans" appear as often in past-tense reports.
    static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo", "upcoming", "scheduled", "next", "tomorrow");

    /** The month 1–12 of a capitalized month word ("Aug.", "August", "Sept"), else 0. */
    static int month(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return 0;
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return MONTHS.getOrDefault(w.toLowerCase(Locale.ROOT), 0);
    }

    /** The weekday of a capitalized weekday name, else null. */
    static DayOfWeek weekday(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return null;
        Integer day = CommonWords.WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
        return day == null ? null : DayOfWeek.of(day);
    }

    /** A day of month written "8", "08", "8th", "1st", else 0. */
    static int dayOfMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) w = w.substring(0, w.length() - 2);
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) return 0;
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** A four-digit year 1000–2999, else 0. */
    static int year(String word) {
        if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) return 0;
        int y = Integer.parseInt(word);
        return y >= 1000 && y <= 2999 ? y : 0;
    }

    /** A small count ("two", "a", "3"), else 0. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(Character::isDigit)) return Integer.parseInt(w);
        return SMALL_NUMBERS.getOrDefault(w, 0);
    }
}
