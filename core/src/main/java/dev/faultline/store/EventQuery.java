package dev.faultline.store;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.event.PloverType;

import java.util.Optional;

/**
 * Which stored events to list. Every part is optional; an empty query selects every event.
 *
 * @param actor an actor id: the event's source or target actor is that actor, or has it in its
 *              lineage (so {@code iran} selects what the Quds Force did too)
 * @param type  the event's PLOVER type
 * @param since events whose date ends on or after this date's start; undated events are left out
 * @param until events whose date starts on or before this date's end; undated events are left out
 */
public record EventQuery(Optional<String> actor, Optional<PloverType> type, Optional<PartialDate> since,
                         Optional<PartialDate> until) {
    public EventQuery {
        actor = actor.filter(a -> !a.isBlank());
    }

    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EventQuery withActor(String id) {
        return new EventQuery(Optional.ofNullable(id), type, since, until);
    }

    public EventQuery withType(PloverType t) {
        return new EventQuery(actor, Optional.ofNullable(t), since, until);
    }

    public EventQuery withSince(PartialDate d) {
        return new EventQuery(actor, type, Optional.ofNullable(d), until);
    }

    public EventQuery withUntil(PartialDate d) {
        return new EventQuery(actor, type, since, Optional.ofNullable(d));
    }
}
