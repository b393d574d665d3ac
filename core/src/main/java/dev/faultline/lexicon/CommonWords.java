package dev.faultline.lexicon;

import java.util.Map;
import java.util.Set;

/**
 * The word lists several modules read, loaded once when this class is first used (a broken file
 * fails then, naming itself). Immutable.
 */
public final class CommonWords {
    private CommonWords() {
    }

    /** Prepositions after which a name is a place, tagged where / whither / whence / way. */
    public static final WordList LOCATIVES = WordLists.load("dev/faultline/lexicon/locatives.txt");
    /** Month names and abbreviations, lower case, to their number 1–12. */
    public static final Map<String, Integer> MONTHS = numbers("dev/faultline/lexicon/months.txt", 12);
    /** Weekday names, lower case, to their ISO number (Monday 1). */
    public static final Map<String, Integer> WEEKDAYS = numbers("dev/faultline/lexicon/weekdays.txt", 7);
    /** Plural nouns for people under arms ("troops", "militiamen"). */
    public static final Set<String> FORCE_NOUNS = WordLists.load("dev/faultline/lexicon/force-nouns.txt").words();

    /** A list of entries numbered 1 to {@code max}, each number given at least once. */
    private static Map<String, Integer> numbers(String resource, int max) {
        Map<String, Integer> m = WordLists.load(resource).numbers();
        for (var e : m.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > max) {
                throw new WordListException("word list " + resource + ": entry '" + e.getKey() + "' gives " + e.getValue() + ", not 1 to " + max);
            }
        }
        for (int i = 1; i <= max; i++) {
            if (!m.containsValue(i)) throw new WordListException("word list " + resource + ": no entry gives " + i);
        }
        return m;
    }
}
