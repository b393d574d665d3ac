package dev.faultline.relations;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations a report states in the very name of a group it composes: "Iranian-backed militias"
 * say that Iran backs them, "forces allied with Assad" that they are Assad's allies, "Hezbollah's
 * fighters" that they belong to Hezbollah. Each event that names such a group is a statement of its
 * defining link, dated as the event, weighed as the event's claim; the model lists them with the other
 * stated relations, so that who backs whom shows even where the group's acts are its backer's.
 */
final class Affiliations {
    private Affiliations() {
    }

    static List<StatedRelation> of(List<CodedEvent> events, Map<String, Assessment> assessments, Map<String, ActorRef> actors) {
        List<StatedRelation> out = new ArrayList<>();
        for (CodedEvent e : events) {
            Set<String> seen = new HashSet<>();
            List<ActorMention> sides = new ArrayList<>(e.source());
            sides.addAll(e.target());
            for (ActorMention m : sides) {
                ActorRef group = m.actor();
                if (group.affiliation() == null || !seen.add(group.id())) continue;
                ActorRef other = actors.get(group.affiliation().actor());
                if (other == null || other.id().equals(group.id())) continue;
                double w = Acts.weight(assessments.get(e.id()));
                var day = e.date() == null ? null : e.date().value().start();
                switch (group.affiliation().link()) {
                    case BACKED_BY -> out.add(new StatedRelation(other, RelationType.SUPPORTS, group, day, e.id(), w, false));
                    case PROXY_OF -> out.add(new StatedRelation(group, RelationType.PROXY_OF, other, day, e.id(), w, false));
                    case ALLY -> out.add(new StatedRelation(group, RelationType.ALLY, other, day, e.id(), w, false));
                    case HOSTILE -> out.add(new StatedRelation(group, RelationType.HOSTILE, other, day, e.id(), w, false));
                    case PART_OF, MEMBER_OF -> out.add(new StatedRelation(group, RelationType.MEMBER_OF, other, day, e.id(), w, false));
                    case COMMANDS, LEADS, SUCCESSOR_OF -> {
                        // no group is defined by commanding, leading or succeeding another
                    }
                }
            }
        }
        return out;
    }
}
