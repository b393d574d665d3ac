package dev.faultline.domain.event;

import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.claim.ForceClaim;

import java.util.List;
import java.util.Objects;

/** A resolved document with the events and the force-size statements coded from it, each in text order. */
public record CodedDocument(ResolvedDocument resolved, List<CodedEvent> events, List<ForceClaim> forces) {
    public CodedDocument {
        Objects.requireNonNull(resolved, "resolved");
        events = List.copyOf(events);
        forces = List.copyOf(forces);
        for (CodedEvent e : events) {
            if (!e.article().equals(resolved.document().article().id())) {
                throw new IllegalArgumentException("event " + e.id() + " belongs to another article");
            }
        }
        for (ForceClaim f : forces) {
            if (!f.article().equals(resolved.document().article().id())) {
                throw new IllegalArgumentException("force claim " + f.id() + " belongs to another article");
            }
        }
    }

    public CodedDocument(ResolvedDocument resolved, List<CodedEvent> events) {
        this(resolved, events, List.of());
    }
}
