package dev.faultline.domain.actor;

import dev.faultline.domain.PartialDate;

import java.time.LocalDate;

/**
 * A half-open span of time [from, to): null ends are open. Each end is read at its start day, so
 * {@code to: 2019} means "no longer from 1 January 2019" and a successor {@code from: 2019} touches,
 * not overlaps. Data therefore writes the precision it is sure of and never invents a day.
 */
public record Period(PartialDate from, PartialDate to) {
    public static final Period ALWAYS = new Period(null, null);

    public Period {
        if (from != null && to != null && to.start().isBefore(from.start())) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from.start())) && (to == null || date.isBefore(to.start()));
    }

    public boolean overlaps(Period o) {
        boolean thisEndsFirst = to != null && o.from != null && !to.start().isAfter(o.from.start());
        boolean otherEndsFirst = o.to != null && from != null && !o.to.start().isAfter(from.start());
        return !thisEndsFirst && !otherEndsFirst;
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.value()) + "–" + (to == null ? "…" : to.value());
    }
}
