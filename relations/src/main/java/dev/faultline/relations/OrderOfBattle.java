package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of battle: force claims per actor, place and period, with the range of figures claimed.
 * A place is told apart by its GeoNames id, else its name and country (Tripoli in Lebanon is not
 * Tripoli in Libya). The first figure of a change ("from 7000 to 700") is the strength before it and
 * is left out.
 */
final class OrderOfBattle {
    private record Key(String actor, String place, String period) {}

    private static String where(EventPlace p) {
        if (p == null) return "";
        return p.geonameId() != null ? "geonames:" + p.geonameId() : p.name() + "/" + p.country();
    }

    private OrderOfBattle() {
    }

    static List<ForceStanding> of(List<ForceClaim> forces, Map<String, ActorRef> actors, Granularity by) {
        Map<Key, List<ForceClaim>> groups = new LinkedHashMap<>();
        List<ForceClaim> sorted = new ArrayList<>(forces);
        sorted.removeIf(f -> f.date() == null || f.estimate() == Estimate.FROM);   // "from 7000": the strength before a change
        sorted.sort(Comparator.comparing((ForceClaim f) -> f.date().value().start()).thenComparing(ForceClaim::id));
        for (ForceClaim f : sorted) {
            groups.computeIfAbsent(new Key(f.actor().actor().id(), where(f.place()), by.period(f.date().value().start())), k -> new ArrayList<>()).add(f);
        }
        List<ForceStanding> out = new ArrayList<>();
        for (Map.Entry<Key, List<ForceClaim>> g : groups.entrySet()) {
            List<ForceClaim> fs = g.getValue();
            ForceClaim first = fs.get(0);
            long low = fs.stream().mapToLong(ForceClaim::personnel).min().orElseThrow();
            long high = fs.stream().mapToLong(ForceClaim::personnel).max().orElseThrow();
            ActorRef actor = actors.getOrDefault(first.actor().actor().id(), first.actor().actor());
            EventPlace place = first.place();
            out.add(new ForceStanding(actor, place, g.getKey().period(), low, high,
                    fs.stream().map(ForceClaim::id).toList()));
        }
        return out;
    }
}
