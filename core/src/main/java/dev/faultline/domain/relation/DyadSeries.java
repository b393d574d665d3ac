package dev.faultline.domain.relation;

import dev.faultline.domain.actor.ActorRef;

import java.util.List;
import java.util.Objects;

/** A pair's cooperation and conflict over time, oldest period first; periods without events are left out. */
public record DyadSeries(ActorRef a, ActorRef b, Granularity by, List<DyadPoint> series) {
    public DyadSeries {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(by, "by");
        series = List.copyOf(series);
    }
}
