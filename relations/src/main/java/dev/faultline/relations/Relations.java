package dev.faultline.relations;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.domain.relation.Rupture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relations with their evidence. From the knowledge base: command, leadership, membership, backing
 * (read the other way: "hezbollah backed_by iran" is Iran supporting Hezbollah), proxy, alliance and
 * hostility, with their dates. From events: each pair's weighted balance of cooperation and conflict
 * makes it allies or hostile over the span of its acts, one row for each stretch between the pair's
 * ruptures (allies until the turn, hostile after); acts that say nothing of alignment (requests,
 * statements) are no evidence; a pair whose acts are all rolled up from its members is marked so.
 * From the reports' own statements of a relation: see {@link #stated}.
 */
final class Relations {
    private Relations() {
    }

    static List<Relation> of(List<Link> links, Map<String, ActorRef> actors, List<Act> acts, List<StatedRelation> stated, List<Rupture> ruptures,
                             Granularity by) {
        List<Relation> out = new ArrayList<>();
        for (Link l : links) kb(l, actors).ifPresent(out::add);
        out.addAll(stated(stated, actors));
        Map<Pair, List<String>> turns = new HashMap<>();
        for (Rupture r : ruptures) turns.computeIfAbsent(Pair.of(r.a().id(), r.b().id()), k -> new ArrayList<>()).add(r.period());
        Map<Pair, Map<Integer, List<Act>>> byPair = new LinkedHashMap<>();
        for (Act a : acts) {
            if (a.value() == 0) continue;
            Pair p = Pair.of(a.from().id(), a.to().id());
            String period = by.period(a.day());
            int segment = (int) turns.getOrDefault(p, List.of()).stream().filter(t -> t.compareTo(period) <= 0).count();
            byPair.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(segment, k -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<Pair, Map<Integer, List<Act>>> e : byPair.entrySet()) {
            for (List<Act> as : e.getValue().values()) balance(e.getKey(), as, actors).ifPresent(out::add);
        }
        return out;
    }

    /** The row of a pair's acts: allies or hostile by their weighted balance, over their span; none when they cancel out. */
    private static Optional<Relation> balance(Pair pair, List<Act> as, Map<String, ActorRef> actors) {
        double balance = 0;
        LocalDate first = null, last = null;
        Set<String> evidence = new LinkedHashSet<>();
        boolean rolled = true;
        for (Act a : as) {
            balance += a.value();
            if (first == null || a.day().isBefore(first)) first = a.day();
            if (last == null || a.day().isAfter(last)) last = a.day();
            evidence.add(a.event().id());
            rolled &= a.rolledUp();
        }
        if (balance == 0) return Optional.empty();
        return Optional.of(new Relation(balance > 0 ? RelationType.ALLY : RelationType.HOSTILE, actors.get(pair.a()), actors.get(pair.b()),
                month(first), month(last), Math.round(balance * 100) / 100.0, List.copyOf(evidence), null, Relation.Basis.EVENTS, rolled));
    }

    /**
     * One row per relation the reports state (type and actors, in the claim's direction; either way for
     * ally and hostile), from its first to its last statement, its claims as evidence and their summed
     * weight as score (negative for hostility). Claims that the relation ended ("former allies") close
     * it: the row runs to the latest of them, and statements after that open a row of their own.
     */
    static List<Relation> stated(List<StatedRelation> stated, Map<String, ActorRef> actors) {
        record Key(RelationType type, String a, String b) {}
        Map<Key, List<StatedRelation>> byKey = new LinkedHashMap<>();
        for (StatedRelation s : stated) {
            boolean flip = s.type().symmetric() && s.a().id().compareTo(s.b().id()) > 0;
            byKey.computeIfAbsent(new Key(s.type(), flip ? s.b().id() : s.a().id(), flip ? s.a().id() : s.b().id()), k -> new ArrayList<>()).add(s);
        }
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<Key, List<StatedRelation>> e : byKey.entrySet()) {
            LocalDate end = e.getValue().stream().filter(StatedRelation::ended).map(StatedRelation::day)
                    .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
            boolean endedUndated = e.getValue().stream().anyMatch(s -> s.ended() && s.day() == null);
            List<StatedRelation> until = new ArrayList<>(), after = new ArrayList<>();
            for (StatedRelation s : e.getValue()) {
                boolean later = !s.ended() && s.day() != null && (end != null ? s.day().isAfter(end) : endedUndated);
                (later ? after : until).add(s);
            }
            Key k = e.getKey();
            ActorRef a = actors.get(k.a()), b = actors.get(k.b());
            if (!until.isEmpty()) out.add(statedRow(k.type(), a, b, until, end != null || endedUndated));
            if (!after.isEmpty()) out.add(statedRow(k.type(), a, b, after, false));
        }
        return out;
    }

    private static Relation statedRow(RelationType type, ActorRef a, ActorRef b, List<StatedRelation> claims, boolean ended) {
        List<LocalDate> held = claims.stream().filter(s -> !s.ended()).map(StatedRelation::day).filter(Objects::nonNull).sorted().toList();
        List<LocalDate> ends = claims.stream().filter(StatedRelation::ended).map(StatedRelation::day).filter(Objects::nonNull).sorted().toList();
        LocalDate from = held.isEmpty() ? null : held.get(0);
        LocalDate to = ended ? (ends.isEmpty() ? null : ends.get(ends.size() - 1)) : (held.isEmpty() ? null : held.get(held.size() - 1));
        double score = 0;
        Set<String> evidence = new LinkedHashSet<>();
        for (StatedRelation s : claims) {
            score += s.sign() * s.weight();
            evidence.add(s.claim());
        }
        return new Relation(type, a, b, month(from), month(to), Math.round(score * 100) / 100.0, List.copyOf(evidence), null,
                Relation.Basis.STATED, false);
    }

    private static PartialDate month(LocalDate d) {
        return d == null ? null : PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    private static Optional<Relation> kb(Link l, Map<String, ActorRef> actors) {
        ActorRef s = actors.get(l.subject()), o = actors.get(l.object());
        PartialDate from = l.period().from(), to = l.period().to();
        RelationType t = switch (l.type()) {
            case COMMANDS -> RelationType.COMMANDS;
            case LEADS -> RelationType.LEADS;
            case PART_OF, MEMBER_OF -> RelationType.MEMBER_OF;
            case PROXY_OF -> RelationType.PROXY_OF;
            case ALLY -> RelationType.ALLY;
            case HOSTILE -> RelationType.HOSTILE;
            case BACKED_BY -> RelationType.SUPPORTS;
            case SUCCESSOR_OF -> null;
        };
        if (t == null) return Optional.empty();
        if (t == RelationType.SUPPORTS) return Optional.of(new Relation(t, o, s, from, to, 0, List.of(), l.citation(), Relation.Basis.KNOWLEDGE, false));
        return Optional.of(new Relation(t, s, o, from, to, 0, List.of(), l.citation(), Relation.Basis.KNOWLEDGE, false));
    }
}
