package dev.faultline.relations;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relations with their evidence. From the knowledge base: command, leadership, membership, backing
 * (read the other way: "hezbollah backed_by iran" is Iran supporting Hezbollah), proxy, alliance and
 * hostility, with their dates. From events: each pair's weighted balance of cooperation and conflict
 * makes it allies or hostile over the span of its acts; acts that say nothing of alignment (requests,
 * statements) are no evidence; a pair whose acts are all rolled up from its members is marked so.
 */
final class Relations {
    private Relations() {
    }

    static List<Relation> of(List<Link> links, Map<String, ActorRef> actors, List<Act> acts) {
        List<Relation> out = new ArrayList<>();
        for (Link l : links) kb(l, actors).ifPresent(out::add);
        Map<Pair, List<Act>> byPair = new LinkedHashMap<>();
        for (Act a : acts) if (a.value() != 0) byPair.computeIfAbsent(Pair.of(a.from().id(), a.to().id()), k -> new ArrayList<>()).add(a);
        for (Map.Entry<Pair, List<Act>> e : byPair.entrySet()) {
            List<Act> as = e.getValue();
            double balance = 0;
            LocalDate first = null, last = null;
            java.util.Set<String> evidence = new java.util.LinkedHashSet<>();
            boolean rolled = true;
            for (Act a : as) {
                balance += a.value();
                if (first == null || a.day().isBefore(first)) first = a.day();
                if (last == null || a.day().isAfter(last)) last = a.day();
                evidence.add(a.event().id());
                rolled &= a.rolledUp();
            }
            if (balance == 0) continue;
            ActorRef x = actors.get(e.getKey().a()), y = actors.get(e.getKey().b());
            out.add(new Relation(balance > 0 ? RelationType.ALLY : RelationType.HOSTILE, x, y,
                    PartialDate.ofMonth(first.getYear(), first.getMonthValue()), PartialDate.ofMonth(last.getYear(), last.getMonthValue()),
                    Math.round(balance * 100) / 100.0, List.copyOf(evidence), null, Relation.Basis.EVENTS, rolled));
        }
        return out;
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
