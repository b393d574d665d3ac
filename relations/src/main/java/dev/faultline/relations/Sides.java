package dev.faultline.relations;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Sector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who stands for whom in a corpus's system of actors. A <em>side</em> is an actor that blocs place and
 * acts roll up to: a principal the knowledge base knows (a state, an armed group, a ministry), or,
 * where it knows none above it, a party the reports name — a faction, a person at the head of one
 * ("Maduro", "the separatists' leader"), a movement — which is how a conflict the knowledge base has
 * never heard of gets its sides. An organ of a state the text composes ("the Venezuelan military") that
 * acts is a side of its own, tied to its state in blocs, and its acts also count for the state. Bystanders and reporters take no side: media, civilians, refugees,
 * aid, health, education, business, labour, religious bodies and criminals, a group the text composes
 * without a country or backer ("militants" of nowhere in particular), and a person who never acts.
 */
final class Sides {
    private static final Set<Sector> BYSTANDERS = EnumSet.of(Sector.MED, Sector.CVL, Sector.REF, Sector.HRI, Sector.HLH, Sector.EDU,
            Sector.BUS, Sector.LAB, Sector.REL, Sector.CRM, Sector.NGO);

    private final Map<String, ActorRef> actors;
    /** The actors the reports have act (a source of an event said to have happened) or state a relation of. */
    private final Set<String> agents;
    /** The model's known states by country, so that an organ the text composes ("the Syrian government") counts for its state. */
    private final Map<String, String> stateOf = new HashMap<>();

    Sides(Map<String, ActorRef> actors, Set<String> agents) {
        this.actors = actors;
        this.agents = Set.copyOf(agents);
        for (ActorRef a : actors.values()) {
            if (a.kind() == ActorKind.STATE && a.origin() == ActorRef.Origin.KNOWN && a.country() != null) stateOf.putIfAbsent(a.country(), a.id());
        }
    }

    /**
     * What an actor's acts count for, nearest first after itself: its lineage; the backer of a group
     * defined by its backing ("Russian-backed fighters" fight for Russia's side, as a proxy's acts); and
     * for an organ of a state that the knowledge base does not list ("the Venezuelan police") the state
     * of its country, when the model has it.
     */
    List<String> ancestors(ActorRef a) {
        List<String> out = new ArrayList<>(a.lineage());
        if (a.affiliation() != null && !out.contains(a.affiliation().actor())) out.add(a.affiliation().actor());
        String state = state(a);
        if (state != null && !out.contains(state)) out.add(state);
        return out;
    }

    /**
     * The state of an organ the text composes ("the Venezuelan military", "the junta", "the Syrian
     * government": not an actor of the knowledge base, of a state organ's sector, with a country) when
     * the model has that state; else null.
     */
    String state(ActorRef a) {
        if (a.origin() == ActorRef.Origin.KNOWN || a.kind() == ActorKind.STATE || a.sector() == null || !a.sector().isStateOrgan()) return null;
        return a.country() == null ? null : stateOf.get(a.country());
    }

    /**
     * The side an actor counts for: itself when a principal, or when an organ the text composes that
     * the reports have act (it stands with its state by a tie, not inside it, so that an army can part
     * from its government; one only acted upon is its state's); else the nearest principal above it, else
     * the nearest party above it or itself; null for a bystander.
     */
    String side(ActorRef a) {
        if (AllianceModel.principal(a)) return a.id();
        if (state(a) != null && party(a) && agents.contains(a.id())) return a.id();
        List<String> up = ancestors(a).subList(1, ancestors(a).size());
        for (String id : up) {
            ActorRef x = actors.get(id);
            if (x != null && AllianceModel.principal(x)) return id;
        }
        for (String id : up) {
            ActorRef x = actors.get(id);
            if (x != null && party(x)) return id;
        }
        return party(a) ? a.id() : null;
    }

    /** Whether an actor is a side in its own right. */
    boolean isSide(ActorRef a) {
        return a.id().equals(side(a));
    }

    /**
     * Whether an actor the knowledge base does not place could take a side: no bystander, a composed
     * group has a country or backer, and a person acts or has a relation stated (a hostage the reports
     * only act upon takes no side).
     */
    boolean party(ActorRef a) {
        if (AllianceModel.principal(a)) return true;
        if (a.sector() != null && BYSTANDERS.contains(a.sector())) return false;
        if (a.kind() == ActorKind.PERSON && !agents.contains(a.id())) return false;
        if (a.origin() == ActorRef.Origin.DERIVED) return a.country() != null || a.affiliation() != null;
        return true;
    }
}
