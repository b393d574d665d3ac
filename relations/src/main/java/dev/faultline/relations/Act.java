package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.event.CodedEvent;

import java.time.LocalDate;

/**
 * One event between two actors, as the model counts it: the pair (in the event's direction), its
 * day, its score as evidence of alignment ({@link Alignment}: the Goldstein score, less for words than
 * for deeds, nothing for requests) and its weight (credibility times corroboration). {@code rolledUp} when
 * the pair is an ancestor of the actors the report names (the Quds Force's act counted for Iran).
 */
record Act(ActorRef from, ActorRef to, CodedEvent event, LocalDate day, double score, double weight, boolean rolledUp) {
    double value() {
        return score * weight;
    }
}
