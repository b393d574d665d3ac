package dev.faultline.domain.actor;

import java.util.List;
import java.util.Objects;

/**
 * An actor as a report refers to it, ready to show: the contract's "actor reference" less the words
 * of the report. It is either an actor of the knowledge base ({@link Origin#KNOWN}), one composed from
 * the base by a rule ({@link Origin#DERIVED}: "the Iranian navy" is Iran's navy, "Russian-backed
 * fighters" are fighters backed by Russia) or a name the base lacks that the text names
 * ({@link Origin#CANDIDATE}). The lineage runs from this actor up to what it belongs to, at the date
 * of the report, and always begins with {@code id}.
 *
 * @param country     ISO 3166-1 alpha-3 or null
 * @param sector      null when unknown
 * @param cameo       CAMEO actor code or null
 * @param affiliation for a derived group, the link that defines it ("backed_by russia"); else null
 */
public record ActorRef(String id, String name, ActorKind kind, String country, Sector sector, String cameo,
                       List<String> lineage, Origin origin, Affiliation affiliation) {

    public enum Origin { KNOWN, DERIVED, CANDIDATE }

    /** A derived group's defining link: {@code link} points from the group to {@code actor}. */
    public record Affiliation(LinkType link, String actor) {
        public Affiliation {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(actor, "actor");
        }
    }

    public ActorRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        if (!Actor.ID.matcher(id).matches()) throw new IllegalArgumentException("actor id must be kebab-case: '" + id + "'");
        if (country != null && !Actor.ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("actor '" + id + "': country must be ISO 3166-1 alpha-3, not '" + country + "'");
        }
        lineage = List.copyOf(lineage);
        if (lineage.isEmpty() || !lineage.get(0).equals(id)) {
            throw new IllegalArgumentException("actor '" + id + "': lineage must begin with the actor itself, was " + lineage);
        }
    }
}
