package dev.faultline.ingest.lang;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The share of a text's words that are English function words which no other common language
 * writes the same way ("the", "of", "and", "with"; not "in", "a" or "on"): a signal that holds on a
 * single sentence, where a character-model detector does not.
 */
final class EnglishWords {
    /** From this share on, with at least {@link #MIN_WORDS} such words, a short text is English. */
    static final double ENOUGH = 0.15;
    private static final int MIN_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> WORDS = Set.of("the", "of", "and", "to", "with", "from", "by", "was", "were", "is", "are",
            "has", "have", "had", "been", "that", "which", "who", "after", "near", "against", "its", "their", "his", "her",
            "they", "this", "these", "into", "over", "at", "for", "said", "would", "will", "not", "but", "an", "it", "as");

    private EnglishWords() {}

    static double share(String text) {
        int words = 0, english = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (WORDS.contains(m.group().toLowerCase(Locale.ROOT))) english++;
        }
        return english < MIN_WORDS || words == 0 ? 0 : (double) english / words;
    }
}
