package dev.faultline.domain.relation;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorRef;

import java.util.List;
import java.util.Objects;

/**
 * {@code a} stands in relation {@code type} to {@code b} ("hezbollah proxy_of iran", "qassem-soleimani
 * commands quds-force") from {@code from} to {@code to} (null ends are open), with the evidence for it:
 * the knowledge base's citation, the events whose balance makes the pair allies or hostile, or the
 * reports' own statements of it ("X-backed", "loyal to", "the armed wing of").
 *
 * @param score    the events' weighted balance (cooperation minus conflict); for a stated relation the
 *                 claims' summed weight, negative for hostility; 0 for a relation known only from the knowledge base
 * @param evidence the ids of the events or the relation claims it rests on; empty for a relation from the knowledge base
 * @param citation the knowledge base's source for it ("Wikipedia: Hezbollah"), or null for one from events
 * @param rolledUp true when events between members count for this pair (the Quds Force's acts for Iran)
 */
public record Relation(RelationType type, ActorRef a, ActorRef b, PartialDate from, PartialDate to, double score,
                       List<String> evidence, String citation, Basis basis, boolean rolledUp) {
    /** Where a relation comes from: the knowledge base, the balance of events, or the reports' statements of it. */
    public enum Basis { KNOWLEDGE, EVENTS, STATED }

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(basis, "basis");
        evidence = List.copyOf(evidence);
        if (a.id().equals(b.id())) throw new IllegalArgumentException("a relation of '" + a.id() + "' with itself");
        if ((basis == Basis.KNOWLEDGE) != (citation != null)) throw new IllegalArgumentException("a relation from the knowledge base, and only one, cites it");
    }
}
