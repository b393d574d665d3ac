package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.Granularity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Blocs per period, from the signed graph of the period between the model's sides ({@link Sides}):
 * each pair's weighted acts (rolled up to the sides above the actors) plus the knowledge base's ties
 * in force then ({@value #TIE} for alliance, backing, proxy, membership, command; minus that for
 * enmity; as much between an organ the text composes and its state) and the relations the reports state by then (as much, times the claim's weight, between
 * the sides of their actors). Among the period's {@value #MOST} most connected sides, clusters are
 * merged greedily while the ties between two clusters sum positive, strongest first (correlation
 * clustering's agglomerative heuristic).
 */
final class Blocs {
    static final double TIE = 1.5;
    static final int MOST = 16;

    private Blocs() {
    }

    /**
     * The blocs of each period in which two sides act or a report states how two stand. A corpus where
     * no two sides ever act (reports of one side's deeds) gets one bloc, for the period of its latest
     * event ({@code days}, one per dated event), its actors placed by the knowledge base's ties then. A
     * period with no acts between sides in a corpus that has some is left out: ties alone would paint
     * today's alliances onto a history a feature article recalls ("in 1420, the Ming emperor...").
     */
    static List<Bloc> of(List<Act> acts, List<LocalDate> days, List<Link> links, List<StatedRelation> stated, Map<String, ActorRef> actors,
                         Sides sides, Granularity by) {
        Map<String, List<Act>> byPeriod = new TreeMap<>();
        Map<String, LocalDate> firstDay = new HashMap<>();
        for (Act a : acts) {
            if (a.value() != 0 && sides.isSide(a.from()) && sides.isSide(a.to())) byPeriod.computeIfAbsent(by.period(a.day()), k -> new ArrayList<>()).add(a);
        }
        for (StatedRelation r : stated) {
            if (r.day() == null || r.ended() || sides.side(actors.get(r.a().id())) == null || sides.side(actors.get(r.b().id())) == null) continue;
            byPeriod.computeIfAbsent(by.period(r.day()), k -> new ArrayList<>());
            firstDay.merge(by.period(r.day()), r.day(), (x, y) -> x.isBefore(y) ? x : y);
        }
        if (byPeriod.isEmpty() && !days.isEmpty()) {
            LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
            byPeriod.put(by.period(last), new ArrayList<>());
            firstDay.put(by.period(last), last);
        }
        List<Bloc> out = new ArrayList<>();
        for (Map.Entry<String, List<Act>> e : byPeriod.entrySet()) {
            Map<Pair, Double> w = new HashMap<>();
            LocalDate first = firstDay.get(e.getKey());
            for (Act a : e.getValue()) {
                if (first == null || a.day().isBefore(first)) first = a.day();
                if (!sides.isSide(a.from()) || !sides.isSide(a.to())) continue;
                w.merge(Pair.of(a.from().id(), a.to().id()), a.value(), Double::sum);
            }
            for (Link l : links) {
                ActorRef s = actors.get(l.subject()), o = actors.get(l.object());
                if (s == null || o == null || !sides.isSide(s) || !sides.isSide(o) || !l.period().covers(first)) continue;
                if (l.type() == LinkType.SUCCESSOR_OF) continue;
                w.merge(Pair.of(s.id(), o.id()), l.type() == LinkType.HOSTILE ? -TIE : TIE, Double::sum);
            }
            for (String id : new ArrayList<>(w.keySet().stream().flatMap(q -> java.util.stream.Stream.of(q.a(), q.b())).distinct().toList())) {
                String state = actors.containsKey(id) ? sides.state(actors.get(id)) : null;
                if (state != null) w.merge(Pair.of(id, state), TIE, Double::sum);
            }
            for (StatedRelation r : stated) {
                // the model's one reference per id, so that a claim places an actor as its events do
                if (!holds(r, e.getKey(), stated, by)) continue;
                String s = sides.side(actors.get(r.a().id())), o = sides.side(actors.get(r.b().id()));
                if (s == null || o == null || s.equals(o)) continue;
                w.merge(Pair.of(s, o), r.sign() * TIE * r.weight(), Double::sum);
            }
            List<List<String>> groups = cluster(w);
            if (!groups.isEmpty()) out.add(new Bloc(e.getKey(), groups));
        }
        return out;
    }

    /**
     * Whether a stated relation counts in a period: stated then or before (or undated), and not said
     * to have ended since it was stated; a statement that it ended counts in no period.
     */
    static boolean holds(StatedRelation r, String period, List<StatedRelation> stated, Granularity by) {
        if (r.ended() || r.weight() == 0) return false;
        if (r.day() != null && by.period(r.day()).compareTo(period) > 0) return false;
        for (StatedRelation s : stated) {
            if (!s.ended() || s.type() != r.type() || !s.pair().equals(r.pair())) continue;
            boolean since = s.day() == null || r.day() == null || !s.day().isBefore(r.day());
            if (since && (s.day() == null || by.period(s.day()).compareTo(period) <= 0)) return false;
        }
        return true;
    }

    static List<List<String>> cluster(Map<Pair, Double> w) {
        Map<String, Double> strength = new HashMap<>();
        for (Map.Entry<Pair, Double> e : w.entrySet()) {
            strength.merge(e.getKey().a(), Math.abs(e.getValue()), Double::sum);
            strength.merge(e.getKey().b(), Math.abs(e.getValue()), Double::sum);
        }
        List<String> nodes = new ArrayList<>(strength.keySet());
        nodes.sort(Comparator.comparing((String id) -> -strength.get(id)).thenComparing(id -> id));
        if (nodes.size() > MOST) nodes = nodes.subList(0, MOST);
        List<List<String>> clusters = new ArrayList<>();
        for (String n : nodes) clusters.add(new ArrayList<>(List.of(n)));
        while (true) {
            int bi = -1, bj = -1;
            double best = 0;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double s = between(clusters.get(i), clusters.get(j), w);
                    if (s > best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        for (List<String> c : clusters) c.sort(Comparator.comparing((String id) -> -strength.get(id)).thenComparing(id -> id));
        clusters.sort(Comparator.comparing((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
        return clusters;
    }

    private static double between(List<String> x, List<String> y, Map<Pair, Double> w) {
        double s = 0;
        for (String a : x) for (String b : y) s += w.getOrDefault(Pair.of(a, b), 0.0);
        return s;
    }
}
