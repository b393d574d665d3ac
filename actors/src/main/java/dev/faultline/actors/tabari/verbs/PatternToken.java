package dev.faultline.actors.tabari.verbs;

import java.util.Locale;
import java.util.Objects;

/**
 * One element of a verb pattern besides the verb itself. {@code adjacent} says that no word may come
 * between this element and its neighbour on the verb's side (the pattern joined them with {@code _});
 * otherwise other words may intervene, as PETRARCH allows for a space.
 */
public record PatternToken(Kind kind, String text, boolean adjacent) {
    public enum Kind {
        /** A literal word, upper case. */
        WORD,
        /** A synset reference, {@code &NAME}. */
        SYNSET,
        /** {@code $}: the event's source actor. */
        SOURCE,
        /** {@code +}: the event's target actor. */
        TARGET,
        /** {@code %}: a compound actor, both source and target. */
        COMPOUND,
        /** {@code ^}: a noun phrase that is skipped. */
        SKIP
    }

    public PatternToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("an empty pattern token");
        switch (kind) {
            case SOURCE -> requireText(text, "$");
            case TARGET -> requireText(text, "+");
            case COMPOUND -> requireText(text, "%");
            case SKIP -> requireText(text, "^");
            case SYNSET -> {
                if (!text.startsWith("&") || text.length() < 2) throw new IllegalArgumentException("a synset reference without a name: " + text);
            }
            case WORD -> {
                if (text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '_' || c == '*')) {
                    throw new IllegalArgumentException("a word with a separator in it: " + text);
                }
            }
        }
    }

    /** The token for one piece of a pattern: a marker, a synset reference or a word (upper-cased). */
    public static PatternToken of(String piece, boolean adjacent) {
        return switch (piece) {
            case "$" -> new PatternToken(Kind.SOURCE, "$", adjacent);
            case "+" -> new PatternToken(Kind.TARGET, "+", adjacent);
            case "%" -> new PatternToken(Kind.COMPOUND, "%", adjacent);
            case "^" -> new PatternToken(Kind.SKIP, "^", adjacent);
            default -> piece.startsWith("&")
                    ? new PatternToken(Kind.SYNSET, piece.toUpperCase(Locale.ROOT), adjacent)
                    : new PatternToken(Kind.WORD, piece.toUpperCase(Locale.ROOT), adjacent);
        };
    }

    public boolean isActorSlot() {
        return kind == Kind.SOURCE || kind == Kind.TARGET || kind == Kind.COMPOUND;
    }

    private static void requireText(String text, String expected) {
        if (!text.equals(expected)) throw new IllegalArgumentException("marker '" + text + "' is not '" + expected + "'");
    }
}
