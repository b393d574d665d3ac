package dev.faultline.domain.event;

import dev.faultline.domain.actor.ResolvedDocument;

import java.util.List;
import java.util.Objects;

/** A resolved document with the events coded from it, in text order. */
public record CodedDocument(ResolvedDocument resolved, List<CodedEvent> events) {
    public CodedDocument {
        Objects.requireNonNull(resolved, "resolved");
        events = List.copyOf(events);
        for (CodedEvent e : events) {
            if (!e.article().equals(resolved.document().article().id())) {
                throw new IllegalArgumentException("event " + e.id() + " belongs to another article");
            }
        }
    }
}
