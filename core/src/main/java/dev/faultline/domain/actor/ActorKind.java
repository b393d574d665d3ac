package dev.faultline.domain.actor;

import java.util.Locale;
import java.util.Optional;

/** What an actor is; {@link #GROUP} is a loose collective without one command ("Shiite militias"). */
public enum ActorKind {
    STATE, ORGANIZATION, PERSON, GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written in data ({@code organization}); empty when it names no kind. */
    public static Optional<ActorKind> parse(String label) {
        if (label == null) return Optional.empty();
        for (ActorKind k : values()) if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }
}
