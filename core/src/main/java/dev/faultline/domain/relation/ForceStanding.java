package dev.faultline.domain.relation;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.event.EventPlace;

import java.util.List;
import java.util.Objects;

/**
 * One line of an order of battle: an actor's forces at a place (or unplaced) in a period, as the
 * force claims give them: the lowest and highest figures claimed, and the claims.
 */
public record ForceStanding(ActorRef actor, EventPlace place, String period, long low, long high, List<String> claims) {
    public ForceStanding {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        claims = List.copyOf(claims);
        if (low <= 0 || high < low) throw new IllegalArgumentException("bad figures " + low + ".." + high);
    }
}
