package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * One way an actor is written. {@code caseSensitive} aliases match only with the same letter case
 * ("US", "IS", "Lebanese Forces"); the others ignore case. An alias claimed by two actors is legal
 * only with a rule: all claims {@code shared} (context must decide) or one claim with the highest
 * {@code priority}. {@code sector} is the sector the alias implies when it names an organ rather than
 * the whole actor ("Kremlin" → GOV), or null.
 */
public record Alias(String text, AliasKind kind, boolean caseSensitive, boolean shared, int priority, Sector sector) {
    public Alias {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) throw new IllegalArgumentException("a blank alias");
        text = text.strip();
    }

    public static Alias of(String text, AliasKind kind) {
        return new Alias(text, kind, false, false, 0, null);
    }

    /** True for a hostile epithet, which says as much about the speaker as about the actor. */
    public boolean hostile() {
        return kind == AliasKind.EPITHET;
    }
}
