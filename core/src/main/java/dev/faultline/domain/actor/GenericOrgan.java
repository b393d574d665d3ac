package dev.faultline.domain.actor;

import java.util.List;
import java.util.Objects;

/**
 * A generic organ noun that composes with any state ("Iranian" + "air force", "Russia's" + "military
 * police"), defined once instead of per state. {@code relation} says what the composed actor is to the
 * state: {@link Relation#PART_OF} for state organs (government, navy), {@link Relation#OF_COUNTRY}
 * for people merely from there (fighters, rebels, militias: "Iraqi militias" are not the Iraqi state),
 * {@link Relation#ASSET_OF} for things a state's organ of the sector holds and that stand for it only
 * when the state is named ("Iranian targets", "Ukrainian positions" are the state's military; bare
 * "targets" are no actor). An organ {@code afterCueOnly} names a group only after an affiliation cue
 * ("Iranian-backed groups", "Russian-backed proxies"); alone its nouns name no one ("rights groups").
 */
public record GenericOrgan(String id, Sector sector, Relation relation, List<String> nouns, boolean afterCueOnly) {
    public enum Relation { PART_OF, OF_COUNTRY, ASSET_OF }

    /** An organ whose nouns name it wherever they stand. */
    public GenericOrgan(String id, Sector sector, Relation relation, List<String> nouns) {
        this(id, sector, relation, nouns, false);
    }

    public GenericOrgan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(relation, "relation");
        if (!Actor.ID.matcher(id).matches()) throw new IllegalArgumentException("organ id must be kebab-case: '" + id + "'");
        nouns = List.copyOf(nouns);
        if (nouns.isEmpty()) throw new IllegalArgumentException("organ '" + id + "' has no noun");
    }
}
