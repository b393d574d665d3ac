package dev.faultline.domain.relation;

import java.util.Locale;

/** A relation between two actors, in the contract's words. */
public enum RelationType {
    ALLY, HOSTILE, COMMANDS, MEMBER_OF, PROXY_OF, SUPPORTS, LEADS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the relation is the same read from either end (ally, hostile). */
    public boolean symmetric() {
        return this == ALLY || this == HOSTILE;
    }
}
