package dev.faultline.relations;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.Rupture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The alliance system of a corpus, built once from its events, force claims and their assessments,
 * and the knowledge base's links between the actors they involve. Immutable; every view is computed
 * from the same acts, so relations, dyads, ruptures and blocs agree with each other.
 */
public final class AllianceModel {
    /**
     * The level at which the relations view splits a pair's events at its ruptures (by month): the
     * command line's default for {@code ruptures}, since reports are few.
     */
    public static final double TURN_ALPHA = 0.2;

    private final Map<String, ActorRef> actors;
    private final List<Act> acts;
    private final List<Link> links;
    private final List<ForceClaim> forces;
    private final List<StatedRelation> stated;
    private final Sides sides;
    /** The day of each dated event said to have happened: the periods the corpus covers. */
    private final List<LocalDate> days;
    private final List<Relation> relations;
    private final List<ActorRef> ranked;

    private AllianceModel(Map<String, ActorRef> actors, List<Act> acts, List<LocalDate> days, List<Link> links, List<ForceClaim> forces,
                          List<StatedRelation> stated, Sides sides) {
        this.days = days;
        this.sides = sides;
        this.actors = actors;
        this.acts = acts;
        this.links = links;
        this.forces = forces;
        this.stated = stated;
        this.relations = List.copyOf(Relations.of(links, actors, acts, stated, ruptures(Granularity.MONTH, TURN_ALPHA), Granularity.MONTH));
        this.ranked = List.copyOf(rank(actors, acts));
    }

    /**
     * Builds the model.
     *
     * @param links       the knowledge base's links (all of them: the model keeps those between its actors)
     * @param known       a known actor's reference by id, or null for an id the knowledge base lacks
     * @param assessments each claim's assessment by id ({@code faultline claims}); a claim without one weighs 0.5
     * @param named       further actors the reports name without an event between them (the United States of
     *                    a report on Syria): the knowledge base's ties place them in the structure
     */
    public static AllianceModel build(List<Link> links, Function<String, ActorRef> known, List<CodedEvent> events,
                                      List<ForceClaim> forces, Map<String, Assessment> assessments, Collection<ActorRef> named) {
        return build(links, known, events, forces, assessments, named, List.of());
    }

    /**
     * Builds the model with the relations the reports state beside the knowledge base's and the events'.
     *
     * @param stated the relation claims of the corpus, as {@link StatedRelation}s (only those the reports hold
     *               to be so: a denied or hypothetical claim is for the caller to leave out); their actors join
     *               the model; an implausible one ({@link StatedRelation#plausible()}) is left out. The links
     *               that define the groups the events name ("Iranian-backed militias") are stated relations too
     *               ({@link Affiliations})
     * @see #build(List, Function, List, List, Map, Collection) for the other parameters
     */
    public static AllianceModel build(List<Link> links, Function<String, ActorRef> known, List<CodedEvent> events,
                                      List<ForceClaim> forces, Map<String, Assessment> assessments, Collection<ActorRef> named,
                                      List<StatedRelation> stated) {
        Objects.requireNonNull(known, "known");
        List<StatedRelation> plausible = stated.stream().filter(StatedRelation::plausible).toList();
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        for (ActorRef a : named) if (a.origin() == ActorRef.Origin.KNOWN) add(actors, a, known);
        for (CodedEvent e : events) {
            for (ActorMention m : e.source()) add(actors, m.actor(), known);
            for (ActorMention m : e.target()) add(actors, m.actor(), known);
        }
        for (ForceClaim f : forces) add(actors, f.actor().actor(), known);
        for (StatedRelation s : plausible) {
            add(actors, s.a(), known);
            add(actors, s.b(), known);
        }
        Map<String, ActorRef> all = Map.copyOf(actors);
        plausible = new ArrayList<>(plausible);
        plausible.addAll(Affiliations.of(events, assessments, all));
        Set<String> agents = new HashSet<>();
        for (CodedEvent e : events) if (e.modality().happened()) e.source().forEach(m -> agents.add(m.actor().id()));
        for (StatedRelation s : plausible) agents.addAll(List.of(s.a().id(), s.b().id()));
        Sides sides = new Sides(all, agents);
        List<Act> acts = Acts.of(events, assessments, all, sides);
        List<Link> kept = links.stream().filter(l -> actors.containsKey(l.subject()) && actors.containsKey(l.object())).toList();
        List<LocalDate> days = events.stream().filter(e -> e.date() != null && e.modality().happened()).map(e -> e.date().value().start()).toList();
        return new AllianceModel(all, List.copyOf(acts), days, kept, List.copyOf(forces), List.copyOf(plausible), sides);
    }

    /** An actor and the known actors of its lineage and its backer ("Russian-backed fighters"), so that acts can roll up to them. */
    private static void add(Map<String, ActorRef> actors, ActorRef a, Function<String, ActorRef> known) {
        actors.putIfAbsent(a.id(), a);
        List<String> above = new ArrayList<>(a.lineage());
        if (a.affiliation() != null) above.add(a.affiliation().actor());
        for (String id : above) {
            if (actors.containsKey(id)) continue;
            ActorRef k = known.apply(id);
            if (k != null) actors.put(id, k);
        }
    }

    /** Every actor of the model, most active first (acts they are named in, then id). */
    public List<ActorRef> actors() {
        return ranked;
    }

    private static List<ActorRef> rank(Map<String, ActorRef> actors, List<Act> acts) {
        Map<String, Integer> activity = new HashMap<>();
        for (Act a : acts) {
            if (a.rolledUp()) continue;
            activity.merge(a.from().id(), 1, Integer::sum);
            activity.merge(a.to().id(), 1, Integer::sum);
        }
        List<ActorRef> out = new ArrayList<>(actors.values());
        out.sort(Comparator.comparing((ActorRef r) -> -activity.getOrDefault(r.id(), 0)).thenComparing(ActorRef::id));
        return out;
    }

    public Optional<ActorRef> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The same model without actors named beyond the events. */
    public static AllianceModel build(List<Link> links, Function<String, ActorRef> known, List<CodedEvent> events,
                                      List<ForceClaim> forces, Map<String, Assessment> assessments) {
        return build(links, known, events, forces, assessments, List.of());
    }

    /**
     * Relations from the knowledge base's links between the model's actors, then as the reports state
     * them, then from the events' balance per pair, split at the pair's ruptures by month at
     * {@link #TURN_ALPHA}.
     */
    public List<Relation> relations() {
        return relations;
    }

    /** The pair's series, both directions and rolled up; empty when either actor is unknown to the model. */
    public Optional<DyadSeries> dyad(String a, String b, Granularity by) {
        if (!actors.containsKey(a) || !actors.containsKey(b) || a.equals(b)) return Optional.empty();
        return Optional.of(Dyads.series(actors.get(a), actors.get(b), acts, by));
    }

    /** Pairs whose balance turns against their own baseline, most significant first. */
    public List<Rupture> ruptures(Granularity by, double alpha) {
        return Ruptures.find(acts, links, stated, actors, by, alpha);
    }

    /** Who clusters with whom, per period, among the model's sides (its principal actors, and the parties the knowledge base lacks). */
    public List<Bloc> blocs(Granularity by) {
        return Blocs.of(acts, days, links, stated, actors, sides, by);
    }

    /** Forces per actor, place and period, from the force claims. */
    public List<ForceStanding> orderOfBattle(Granularity by) {
        return OrderOfBattle.of(forces, actors, by);
    }

    /**
     * Whether an actor is a principal of the system: known to the knowledge base, not a person, not a
     * generic kind of people, and not a news outlet (which reports the conflict, not takes sides in it).
     */
    static boolean principal(ActorRef a) {
        return a.origin() == ActorRef.Origin.KNOWN && a.kind() != ActorKind.PERSON && a.sector() != Sector.MED;
    }
}
