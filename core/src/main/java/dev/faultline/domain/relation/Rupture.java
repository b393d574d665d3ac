package dev.faultline.domain.relation;

import dev.faultline.domain.actor.ActorRef;

import java.util.List;
import java.util.Objects;

/**
 * A pair whose relation turns against its own baseline from {@code period} on: the mean weighted
 * event score before and after, how unlikely so large a turn is by chance ({@code pValue}, from a
 * permutation test), and the events that drove it.
 */
public record Rupture(ActorRef a, ActorRef b, String period, double before, double after, double pValue, List<String> evidence) {
    public Rupture {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(period, "period");
        evidence = List.copyOf(evidence);
        if (pValue < 0 || pValue > 1) throw new IllegalArgumentException("p-value out of 0..1: " + pValue);
    }
}
