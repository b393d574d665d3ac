package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Rupture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Ruptures: a pair whose acts turn against the pair's own baseline. Each pair's acts, in date order,
 * are one value each (alignment score times weight; acts that say nothing of alignment are left out).
 * The baseline is what was known of the pair before its acts: the knowledge base's view at its first
 * act, two acts' worth of cooperation for allies, backers, proxies and members, of conflict for
 * enemies; and the relations the reports state, each one act's worth times its weight, when dated no
 * later than the period of the pair's first act; failing both, a third actor both are tied to then
 * ({@link #shareAFriend}) is half an act's worth of cooperation. A statement dated later is a value at
 * its day (a tie positive, hostility negative), and one that says the relation ended ("former allies",
 * "broke with") is both: the tie before, its end at its day.
 *
 * <p>The change point is the split, between two periods, where the mean before most exceeds the mean
 * after; it is a rupture when the pair went from cooperation (or nothing) before to conflict after
 * (enemies fighting harder is escalation, not a rupture) and a permutation test (the same statistic
 * over the same splits, the values shuffled {@value #PERMUTATIONS} times, seeded by the pair so runs
 * repeat) puts the chance of so large a turn at most {@code alpha} — or a report says the relation
 * ended, which is evidence of its own whatever the few acts can show. A pair needs two acts or later
 * statements, or one such report. No fixed threshold on the scores themselves.
 */
final class Ruptures {
    static final int PERMUTATIONS = 2000;
    private static final double BASELINE = 2.0;
    private static final int BASELINE_ACTS = 2;
    private static final int MIN_ACTS = 2;

    /** One value of a pair's series: an act, or a statement of the relation; {@code prior} when it stands before all acts. */
    private record Point(LocalDate day, double value, String id, boolean prior) {}

    private Ruptures() {
    }

    static List<Rupture> find(List<Act> acts, List<Link> links, List<StatedRelation> stated, Map<String, ActorRef> actors, Granularity by,
                              double alpha) {
        Map<Pair, Map<String, Act>> byPair = new LinkedHashMap<>();
        for (Act a : acts) {
            if (a.value() != 0) byPair.computeIfAbsent(Pair.of(a.from().id(), a.to().id()), k -> new LinkedHashMap<>()).putIfAbsent(a.event().id(), a);
        }
        Map<Pair, List<StatedRelation>> statedByPair = new LinkedHashMap<>();
        for (StatedRelation s : stated) {
            if (s.weight() > 0) statedByPair.computeIfAbsent(s.pair(), k -> new ArrayList<>()).add(s);
        }
        Set<Pair> pairs = new LinkedHashSet<>(byPair.keySet());
        pairs.addAll(statedByPair.keySet());
        List<Rupture> out = new ArrayList<>();
        for (Pair pair : pairs) {
            List<Point> points = points(pair, byPair.getOrDefault(pair, Map.of()).values(), statedByPair.getOrDefault(pair, List.of()), links,
                    stated, by);
            turn(pair, points, statedByPair.getOrDefault(pair, List.of()), actors, by, alpha).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble(Rupture::pValue).thenComparing(r -> r.a().id()).thenComparing(r -> r.b().id()));
        return out;
    }

    /** The pair's series: its baseline's values first, then its acts and later statements in date order. */
    private static List<Point> points(Pair pair, Collection<Act> acts, List<StatedRelation> stated, List<Link> links,
                                      List<StatedRelation> allStated, Granularity by) {
        List<Point> later = new ArrayList<>();
        for (Act a : acts) later.add(new Point(a.day(), a.value(), a.event().id(), false));
        LocalDate first = later.stream().map(Point::day).min(LocalDate::compareTo)
                .orElse(stated.stream().map(StatedRelation::day).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null));
        List<Point> prior = new ArrayList<>();
        double kb = first == null ? 0 : baseline(pair, links, first);
        for (int i = 0; kb != 0 && i < BASELINE_ACTS; i++) prior.add(new Point(null, kb, null, true));
        String firstPeriod = first == null ? null : by.period(first);
        for (StatedRelation s : stated) {
            double v = s.sign() * BASELINE * s.weight();
            boolean early = s.day() == null || firstPeriod == null || by.period(s.day()).compareTo(firstPeriod) <= 0;
            if (s.ended()) {
                prior.add(new Point(null, v, s.claim(), true));
                if (s.day() != null) later.add(new Point(s.day(), -v, s.claim(), false));
            } else if (early) {
                prior.add(new Point(null, v, s.claim(), true));
            } else {
                later.add(new Point(s.day(), v, s.claim(), false));
            }
        }
        if (prior.isEmpty() && first != null && shareAFriend(pair, links, allStated, first, by)) prior.add(new Point(null, BASELINE / 2, null, true));
        later.sort(Comparator.comparing(Point::day).thenComparing(Point::id));
        List<Point> out = new ArrayList<>(prior);
        out.addAll(later);
        return out;
    }

    private static Optional<Rupture> turn(Pair pair, List<Point> points, List<StatedRelation> stated, Map<String, ActorRef> actors,
                                                    Granularity by, double alpha) {
        int n = points.size();
        int k = (int) points.stream().filter(Point::prior).count();
        boolean ended = stated.stream().anyMatch(s -> s.ended() && s.day() != null);
        if (n - k < (ended ? 1 : MIN_ACTS)) return Optional.empty();
        double[] x = new double[n];
        String[] period = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i).value();
            period[i] = points.get(i).prior() ? "" : by.period(points.get(i).day());
        }
        boolean[] allowed = new boolean[n];
        for (int t = 1; t < n; t++) allowed[t] = !period[t].equals(period[t - 1]);
        int split = bestSplit(x, allowed);
        if (split < 0) return Optional.empty();
        double before = mean(x, 0, split), after = mean(x, split, n);
        if (after >= 0 || before < 0) return Optional.empty();
        double p = pValue(x, allowed, before - after, new Random(pair.hashCode()));
        String at = period[split];
        boolean said = stated.stream().anyMatch(s -> s.ended() && s.day() != null && by.period(s.day()).compareTo(at) >= 0);
        if (p > alpha && !said) return Optional.empty();
        Set<String> evidence = new LinkedHashSet<>();
        for (int i = Math.max(split, k); i < n; i++) if (x[i] < 0) evidence.add(points.get(i).id());
        return Optional.of(new Rupture(actors.get(pair.a()), actors.get(pair.b()), at, round(before), round(after), p, List.copyOf(evidence)));
    }

    /** The knowledge base's view of the pair when its acts begin: positive for ties, negative for enmity, 0 for none. */
    static double baseline(Pair p, List<Link> links, LocalDate at) {
        double v = 0;
        for (Link l : links) {
            if (!(p.has(l.subject()) && p.has(l.object())) || !l.period().covers(at)) continue;
            if (l.type() == LinkType.HOSTILE) return -BASELINE;
            if (l.type() != LinkType.SUCCESSOR_OF) v = BASELINE;
        }
        return v;
    }

    /**
     * Whether the two, with no tie of their own, were both tied to a third actor of the model (one the
     * reports involve) when their acts begin: allies,
     * backers, proxies, members or leaders of one actor by the knowledge base or by the reports (the
     * members of one coalition; two militias of one patron). A friend's friend is a weaker prior than a
     * friend (structural balance's positive transitivity, which alliance networks bear out better than
     * its "enemy of my enemy"): one value of half a tie's worth.
     */
    static boolean shareAFriend(Pair p, List<Link> links, List<StatedRelation> stated, LocalDate at, Granularity by) {
        Set<String> ofA = new HashSet<>(), ofB = new HashSet<>();
        BiConsumer<String, String> tie = (x, y) -> {
            if (x.equals(p.a()) && !y.equals(p.b())) ofA.add(y);
            if (x.equals(p.b()) && !y.equals(p.a())) ofB.add(y);
        };
        for (Link l : links) {
            if (l.type() == LinkType.HOSTILE || l.type() == LinkType.SUCCESSOR_OF || !l.period().covers(at)) continue;
            tie.accept(l.subject(), l.object());
            tie.accept(l.object(), l.subject());
        }
        for (StatedRelation s : stated) {
            if (s.sign() < 0 || s.ended() || s.weight() == 0 || s.day() != null && by.period(s.day()).compareTo(by.period(at)) > 0) continue;
            tie.accept(s.a().id(), s.b().id());
            tie.accept(s.b().id(), s.a().id());
        }
        ofA.retainAll(ofB);
        return !ofA.isEmpty();
    }

    /** The allowed split where the mean before most exceeds the mean after, or -1; linear time by running sums. */
    private static int bestSplit(double[] x, boolean[] allowed) {
        double total = 0;
        for (double v : x) total += v;
        int best = -1;
        double most = Double.NEGATIVE_INFINITY, before = 0;
        for (int t = 1; t < x.length; t++) {
            before += x[t - 1];
            if (!allowed[t]) continue;
            double d = before / t - (total - before) / (x.length - t);
            if (d > most) {
                most = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * The share of shuffles whose largest turn is at least {@code observed}, over the same splits
     * between periods as the observed one. The baseline's values stand for how the pair behaved
     * before the reports, so under the null of no change they are exchangeable with the acts and are
     * shuffled with them.
     */
    private static double pValue(double[] x, boolean[] allowed, double observed, Random random) {
        double[] y = x.clone();
        int atLeast = 0;
        for (int r = 0; r < PERMUTATIONS; r++) {
            for (int i = y.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = y[i];
                y[i] = y[j];
                y[j] = t;
            }
            int t = bestSplit(y, allowed);
            if (t > 0 && mean(y, 0, t) - mean(y, t, y.length) >= observed - 1e-12) atLeast++;
        }
        return (1.0 + atLeast) / (1.0 + PERMUTATIONS);
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += x[i];
        return s / (to - from);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
