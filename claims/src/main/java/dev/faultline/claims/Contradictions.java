package dev.faultline.claims;

import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.event.Modality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Claims that disagree: in one story, one report says it happened and another that it did not, or
 * they count different dead; for the same actor in the same year, force figures that cannot both be
 * true ("700" against "at least 25,000"; "roughly 5,000" and "at least 4,500" agree). The two ends of
 * a change ("from 7000 to 700") are a change, and the first is the strength before it: it contradicts
 * nothing. Events are compared within their story, force claims within their actor and year.
 */
final class Contradictions {
    private Contradictions() {
    }

    static Map<String, List<Contradiction>> find(List<Claim> claims, Map<String, String> story, Map<String, Origin> origins) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();      // events by story; force claims by actor and year
        for (Claim c : claims) {
            if (!c.kind().equals(Claim.FORCE)) groups.computeIfAbsent("story " + story.get(c.id()), k -> new ArrayList<>()).add(c);
            else if (c.from() != null && c.estimate() != Estimate.FROM) {   // "from 7000": the strength before a change, not at its date
                groups.computeIfAbsent("force " + c.sources().iterator().next() + " " + c.from().getYear(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<Contradiction>> out = new HashMap<>();
        for (List<Claim> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Claim a = group.get(i), b = group.get(j);
                    if (a.article().equals(b.article()) && (a.sentence() == b.sentence() || !a.kind().equals(Claim.FORCE))) continue;
                    String why = a.kind().equals(Claim.FORCE) ? forces(a, b) : events(a, b);
                    if (why == null) continue;
                    out.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Contradiction(b.id(), why + " (" + origins.get(b.id()).name() + ")"));
                    out.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Contradiction(a.id(), why + " (" + origins.get(a.id()).name() + ")"));
                }
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
