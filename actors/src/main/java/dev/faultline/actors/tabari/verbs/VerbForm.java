package dev.faultline.actors.tabari.verbs;

import java.util.List;
import java.util.Locale;

/**
 * One form of a verb as the text shows it, in upper-case words: {@code SAID}, or a multi-word verb such
 * as {@code RE ARREST} whose word {@code verbIndex} is the one a parser tags as the verb ({@code ARREST},
 * written {@code RE_+ARREST} in the dictionary). The other words must be adjacent to it, in order.
 */
public record VerbForm(List<String> words, int verbIndex) {
    public VerbForm {
        words = words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
        if (words.isEmpty()) throw new IllegalArgumentException("a verb form without words");
        for (String w : words) {
            if (w.isBlank() || w.chars().anyMatch(c -> Character.isWhitespace(c) || c == '_' || c == '+' || c == '{' || c == '}')) {
                throw new IllegalArgumentException("not a word of a verb form: '" + w + "'");
            }
        }
        if (verbIndex < 0 || verbIndex >= words.size()) {
            throw new IllegalArgumentException("verb index " + verbIndex + " outside " + words);
        }
    }

    public static VerbForm single(String word) {
        return new VerbForm(List.of(word), 0);
    }

    /** The word a parser tags as the verb. */
    public String verb() {
        return words.get(verbIndex);
    }

    public boolean isMultiWord() {
        return words.size() > 1;
    }

    /** The same form with the verb word replaced, e.g. RE ARREST → RE ARRESTED. */
    public VerbForm withVerb(String word) {
        List<String> w = new java.util.ArrayList<>(words);
        w.set(verbIndex, word);
        return new VerbForm(w, verbIndex);
    }

    /** Words joined by spaces, e.g. {@code CLEAR UP}. */
    public String phrase() {
        return String.join(" ", words);
    }

    /** As the dictionary writes it: {@code RE_+ARREST}, {@code +CLEAR_UP}, {@code SAID}. */
    @Override
    public String toString() {
        if (!isMultiWord()) return words.get(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) b.append('_');
            if (i == verbIndex) b.append('+');
            b.append(words.get(i));
        }
        return b.toString();
    }
}
