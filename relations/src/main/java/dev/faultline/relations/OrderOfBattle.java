package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The order of battle: force claims per actor, place and period, with the range of figures claimed. */
final class OrderOfBattle {
    private OrderOfBattle() {
    }

    static List<ForceStanding> of(List<ForceClaim> forces, Map<String, ActorRef> actors, Granularity by) {
        Map<String, List<ForceClaim>> groups = new LinkedHashMap<>();
        List<ForceClaim> sorted = new ArrayList<>(forces);
        sorted.removeIf(f -> f.date() == null);
        sorted.sort(Comparator.comparing((ForceClaim f) -> f.date().value().start()).thenComparing(ForceClaim::id));
        for (ForceClaim f : sorted) {
            String place = f.place() == null ? "" : f.place().name();
            groups.computeIfAbsent(f.actor().actor().id() + "\t" + place + "\t" + by.period(f.date().value().start()), k -> new ArrayList<>()).add(f);
        }
        List<ForceStanding> out = new ArrayList<>();
        for (Map.Entry<String, List<ForceClaim>> g : groups.entrySet()) {
            List<ForceClaim> fs = g.getValue();
            ForceClaim first = fs.get(0);
            long low = fs.stream().mapToLong(ForceClaim::personnel).min().orElseThrow();
            long high = fs.stream().mapToLong(ForceClaim::personnel).max().orElseThrow();
            ActorRef actor = actors.getOrDefault(first.actor().actor().id(), first.actor().actor());
            EventPlace place = first.place();
            out.add(new ForceStanding(actor, place, g.getKey().substring(g.getKey().lastIndexOf('\t') + 1), low, high,
                    fs.stream().map(ForceClaim::id).toList()));
        }
        return out;
    }
}
