package dev.faultline.relations;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Rupture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ruptures: a pair whose acts turn against the pair's own baseline. Each pair's acts, in date
 * order, are one value each (alignment score times weight; acts that say nothing of alignment are
 * left out). What the knowledge base says of the
 * pair at its first act is the baseline it starts from: two acts' worth of cooperation for
 * allies, backers, proxies and members, of conflict for enemies, nothing otherwise. The change
 * point is the split, between two periods, where the mean before most exceeds the mean after; it
 * is a rupture when the pair went from cooperation (or nothing) before to conflict after (enemies
 * fighting harder is escalation, not a rupture) and a permutation test (the same statistic over the
 * same splits, the values shuffled {@value #PERMUTATIONS} times, seeded by the pair so runs repeat)
 * puts the
 * chance of so large a turn at most {@code alpha}. No fixed threshold on the scores themselves.
 */
final class Ruptures {
    static final int PERMUTATIONS = 2000;
    private static final double BASELINE = 2.0;
    private static final int BASELINE_ACTS = 2;
    private static final int MIN_ACTS = 2;

    private Ruptures() {
    }

    static List<Rupture> find(List<Act> acts, List<Link> links, Map<String, ActorRef> actors, Granularity by, double alpha) {
        Map<Pair, Map<String, Act>> byPair = new LinkedHashMap<>();
        for (Act a : acts) {
            if (a.value() != 0) byPair.computeIfAbsent(Pair.of(a.from().id(), a.to().id()), k -> new LinkedHashMap<>()).putIfAbsent(a.event().id(), a);
        }
        List<Rupture> out = new ArrayList<>();
        for (Map.Entry<Pair, Map<String, Act>> e : byPair.entrySet()) {
            List<Act> as = new ArrayList<>(e.getValue().values());
            if (as.size() < MIN_ACTS) continue;
            as.sort(Comparator.comparing(Act::day).thenComparing(a -> a.event().id()));
            double prior = baseline(e.getKey(), links, as.get(0).day());
            int k = prior == 0 ? 0 : BASELINE_ACTS;
            int n = as.size() + k;
            double[] x = new double[n];
            String[] period = new String[n];
            for (int i = 0; i < k; i++) {
                x[i] = prior;
                period[i] = "";
            }
            for (int i = 0; i < as.size(); i++) {
                x[k + i] = as.get(i).value();
                period[k + i] = by.period(as.get(i).day());
            }
            boolean[] allowed = new boolean[n];
            for (int t = 1; t < n; t++) allowed[t] = !period[t].equals(period[t - 1]);
            int split = bestSplit(x, allowed);
            if (split < 0) continue;
            double before = mean(x, 0, split), after = mean(x, split, n);
            if (after >= 0 || before < 0) continue;
            double p = pValue(x, allowed, before - after, new Random(e.getKey().hashCode()));
            if (p > alpha) continue;
            Set<String> evidence = new LinkedHashSet<>();
            for (int i = Math.max(split, k); i < n; i++) if (x[i] < 0) evidence.add(as.get(i - k).event().id());
            out.add(new Rupture(actors.get(e.getKey().a()), actors.get(e.getKey().b()), period[split], round(before), round(after), p,
                    List.copyOf(evidence)));
        }
        out.sort(Comparator.comparingDouble(Rupture::pValue).thenComparing(r -> r.a().id()).thenComparing(r -> r.b().id()));
        return out;
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
     * between periods as the observed one. The baseline's pseudo-acts stand for how the pair behaved
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
