package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.relation.DyadPoint;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A pair's acts in both directions, rolled up, summed per period. */
final class Dyads {
    private Dyads() {
    }

    static DyadSeries series(ActorRef a, ActorRef b, List<Act> acts, Granularity by) {
        Map<String, List<Act>> byPeriod = new TreeMap<>();
        for (Act x : between(a.id(), b.id(), acts)) byPeriod.computeIfAbsent(by.period(x.day()), k -> new ArrayList<>()).add(x);
        List<DyadPoint> points = new ArrayList<>();
        for (Map.Entry<String, List<Act>> e : byPeriod.entrySet()) points.add(point(e.getKey(), e.getValue()));
        return new DyadSeries(a, b, by, points);
    }

    static List<Act> between(String a, String b, List<Act> acts) {
        List<Act> out = new ArrayList<>();
        for (Act x : acts) {
            if (x.from().id().equals(a) && x.to().id().equals(b) || x.from().id().equals(b) && x.to().id().equals(a)) out.add(x);
        }
        return out;
    }

    static DyadPoint point(String period, List<Act> acts) {
        double coop = 0, conflict = 0;
        java.util.Set<String> evidence = new java.util.LinkedHashSet<>();
        for (Act x : acts) {
            if (x.value() > 0) coop += x.value();
            else conflict += x.value();
            evidence.add(x.event().id());
        }
        return new DyadPoint(period, evidence.size(), round(coop), round(conflict), round(coop + conflict), List.copyOf(evidence));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
