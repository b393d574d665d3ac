package dev.faultline.claims;

import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.event.Modality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Claims that disagree: in one story, one report says it happened and another that it did not, or
 * they count different dead; for the same actor in the same year, force figures that cannot both be
 * true ("700" against "at least 25,000"; "roughly 5,000" and "at least 4,500" agree). The two ends of
 * a change in one sentence ("from 7000 to 700") do not contradict each other.
 */
final class Contradictions {
    private Contradictions() {
    }

    static Map<String, List<Contradiction>> find(List<Claim> claims, Map<String, String> story, Map<String, Origin> origins) {
        Map<String, List<Contradiction>> out = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i), b = claims.get(j);
                if (a.article().equals(b.article()) && a.sentence() == b.sentence()) continue;
                String why = null;
                if (a.kind().equals(Claim.FORCE) && b.kind().equals(Claim.FORCE)) why = forces(a, b);
                else if (!a.kind().equals(Claim.FORCE) && story.get(a.id()).equals(story.get(b.id())) && !a.article().equals(b.article())) why = events(a, b);
                if (why == null) continue;
                out.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Contradiction(b.id(), why + " (" + origins.get(b.id()).name() + ")"));
                out.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Contradiction(a.id(), why + " (" + origins.get(a.id()).name() + ")"));
            }
        }
        return out;
    }

    private static String events(Claim a, Claim b) {
        if (a.modality().happened() != b.modality().happened() && (denies(a.modality()) || denies(b.modality()))) {
            return "one report says it happened, another that it did not";
        }
        if (a.killed() != null && b.killed() != null && disagree(a.killed(), b.killed(), Estimate.EXACT, Estimate.EXACT)) {
            return a.killed() + " killed against " + b.killed();
        }
        return null;
    }

    private static String forces(Claim a, Claim b) {
        String actor = a.sources().iterator().next();
        if (!b.sources().contains(actor) || a.from() == null || b.from() == null || a.from().getYear() != b.from().getYear()) return null;
        if (!disagree(a.personnel(), b.personnel(), a.estimate(), b.estimate())) return null;
        return String.format(Locale.ROOT, "%s %,d against %s %,d for %s in %d", a.estimate().label().replace('_', ' '), a.personnel(),
                b.estimate().label().replace('_', ' '), b.personnel(), actor, a.from().getYear());
    }

    /** Whether two figures cannot both hold, each read as a range: exact and about ±20%, at least and at most open-ended. */
    static boolean disagree(long x, long y, Estimate ex, Estimate ey) {
        double[] a = range(x, ex), b = range(y, ey);
        return a[1] < b[0] || b[1] < a[0];
    }

    private static double[] range(long v, Estimate e) {
        return switch (e) {
            case AT_LEAST -> new double[] {v, Double.MAX_VALUE};
            case AT_MOST -> new double[] {0, v};
            default -> new double[] {v * 0.8, v * 1.2};
        };
    }

    private static boolean denies(Modality m) {
        return m == Modality.DENIED || m == Modality.NEGATED;
    }
}
