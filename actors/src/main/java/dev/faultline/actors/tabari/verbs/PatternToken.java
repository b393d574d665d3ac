package dev.faultline.actors.tabari.verbs;

import java.util.Locale;
import java.util.Objects;

/**
 * One element of a verb pattern besides the verb itself. {@code adjacent} says that no word may come
 * between this element and its neighbour on the verb's side (the pattern joined them with {@code _});
 * otherwise other words may intervene, as PETRARCH allows for a space.
 *
 * <p>{@code role} is {@link Role#LINEAR} in TABARI / PETRARCH 1 patterns, which match words in order.
 * PETRARCH 2 patterns match the parse instead: {@code (PREP ...)} is a prepositional phrase and
 * {@code {MOD ... HEAD}} a noun phrase, a bare word being a noun phrase's head. There {@code phrase}
 * numbers the prepositional phrase the token belongs to on its side of the verb (from 1), or is 0.
 */
public record PatternToken(Kind kind, String text, boolean adjacent, Role role, int phrase) {
    /** What a token is in the grammar of its pattern. */
    public enum Role {
        /** A TABARI / PETRARCH 1 element, matched in order. */
        LINEAR,
        /** PETRARCH 2: the head of a noun phrase. */
        HEAD,
        /** PETRARCH 2: a descriptor of the noun phrase whose head follows it. */
        MODIFIER,
        /** PETRARCH 2: the preposition that opens a prepositional phrase. */
        PREPOSITION
    }

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
        Objects.requireNonNull(role, "role");
        if (phrase < 0) throw new IllegalArgumentException("a negative phrase number: " + phrase);
        if (role == Role.LINEAR && phrase != 0) throw new IllegalArgumentException("a linear token inside a phrase");
        if (role == Role.PREPOSITION && (kind != Kind.WORD || phrase == 0)) {
            throw new IllegalArgumentException("a preposition must be a word opening a phrase: " + text);
        }
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

    /** A TABARI-style token for one piece of a pattern: a marker, a synset reference or a word (upper-cased). */
    public static PatternToken of(String piece, boolean adjacent) {
        return of(piece, adjacent, Role.LINEAR, 0);
    }

    public static PatternToken of(String piece, boolean adjacent, Role role, int phrase) {
        return switch (piece) {
            case "$" -> new PatternToken(Kind.SOURCE, "$", adjacent, role, phrase);
            case "+" -> new PatternToken(Kind.TARGET, "+", adjacent, role, phrase);
            case "%" -> new PatternToken(Kind.COMPOUND, "%", adjacent, role, phrase);
            case "^" -> new PatternToken(Kind.SKIP, "^", adjacent, role, phrase);
            default -> new PatternToken(piece.startsWith("&") ? Kind.SYNSET : Kind.WORD,
                    piece.toUpperCase(Locale.ROOT), adjacent, role, phrase);
        };
    }

    /** The same token in another role, e.g. a noun phrase's last word becoming its head. */
    PatternToken as(Role newRole) {
        return new PatternToken(kind, text, adjacent, newRole, phrase);
    }

    public boolean isActorSlot() {
        return kind == Kind.SOURCE || kind == Kind.TARGET || kind == Kind.COMPOUND;
    }

    private static void requireText(String text, String expected) {
        if (!text.equals(expected)) throw new IllegalArgumentException("marker '" + text + "' is not '" + expected + "'");
    }
}
