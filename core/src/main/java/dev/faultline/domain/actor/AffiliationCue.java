package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * A word that ties a phrase to an actor: {@code pro-} before ("pro-Iranian militias") or
 * {@code -backed} after ("Iranian-backed fighters") the actor's name or demonym, read as {@code link}
 * from the phrase's actor to the named one.
 */
public record AffiliationCue(String text, Position position, LinkType link) {
    public enum Position { BEFORE, AFTER }

    public AffiliationCue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(link, "link");
    }
}
