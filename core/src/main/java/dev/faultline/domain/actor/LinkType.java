package dev.faultline.domain.actor;

import java.util.Locale;
import java.util.Optional;

/**
 * A directed, dated relation from a subject actor to an object actor ("quds-force PART_OF irgc").
 * The first four are structural and {@link #isUpward() lead upward} in an actor's lineage.
 */
public enum LinkType {
    COMMANDS, LEADS, PART_OF, MEMBER_OF,
    BACKED_BY, PROXY_OF, ALLY, HOSTILE, SUCCESSOR_OF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the links a lineage follows, in this order of preference. */
    public boolean isUpward() {
        return ordinal() <= MEMBER_OF.ordinal();
    }

    public static Optional<LinkType> parse(String label) {
        if (label == null) return Optional.empty();
        for (LinkType t : values()) if (t.label().equals(label.strip().toLowerCase(Locale.ROOT))) return Optional.of(t);
        return Optional.empty();
    }
}
