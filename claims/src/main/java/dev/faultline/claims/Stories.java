package dev.faultline.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the events of different articles that describe the same happening into stories: the same
 * type, the same actors on each side the reports name (an actor matches another of its lineage: the
 * Quds Force's act is the IRGC's), dates that overlap give or take a few days, and places that can be
 * the same (within {@value #NEAR_KM} km, or one inside the other's country or division). Events that
 * name no actor need the same day and a place near each other. Whether a claim is asserted or denied
 * does not matter: a denial is of the same story. Stories are the connected groups of such pairs.
 */
final class Stories {
    static final double NEAR_KM = 50;
    private static final int SLACK_DAYS = 3;

    private Stories() {
    }

    /** The story of each claim, by claim id: the id of the group's first claim. */
    static Map<String, String> of(List<Claim> claims) {
        int[] parent = new int[claims.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, List<Integer>> byKind = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!claims.get(i).kind().equals(Claim.FORCE)) byKind.computeIfAbsent(claims.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byKind.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    Claim x = claims.get(group.get(a)), y = claims.get(group.get(b));
                    if (!x.article().equals(y.article()) && same(x, y)) union(parent, group.get(a), group.get(b));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) out.put(claims.get(i).id(), claims.get(find(parent, i)).id());
        return out;
    }

    static boolean same(Claim x, Claim y) {
        if (!datesMeet(x, y)) return false;
        if (!x.hasActors() && !y.hasActors()) return sameDay(x, y) && Places.near(x.place(), y.place(), true);
        if (!sides(x.sources(), y.sources(), x, y) || !sides(x.targets(), y.targets(), x, y)) return false;
        boolean shared = meet(x.sources(), y) || meet(x.targets(), y);
        return shared && Places.near(x.place(), y.place(), false);
    }

    /** Two sides agree when either is unnamed or they share an actor, by id or lineage. */
    private static boolean sides(Set<String> a, Set<String> b, Claim x, Claim y) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String id : a) if (b.contains(id) || y.lineage().contains(id)) return true;
        for (String id : b) if (x.lineage().contains(id)) return true;
        return false;
    }

    private static boolean meet(Set<String> ids, Claim other) {
        for (String id : ids) if (other.lineage().contains(id) || other.sources().contains(id) || other.targets().contains(id)) return true;
        return false;
    }

    private static boolean datesMeet(Claim x, Claim y) {
        if (x.from() == null || y.from() == null) return true;
        LocalDate xf = x.from().minusDays(SLACK_DAYS), xt = x.to().plusDays(SLACK_DAYS);
        return !y.to().isBefore(xf) && !y.from().isAfter(xt);
    }

    private static boolean sameDay(Claim x, Claim y) {
        return x.from() != null && y.from() != null && x.from().equals(x.to()) && y.from().equals(y.to())
                && Math.abs(x.from().toEpochDay() - y.from().toEpochDay()) <= 1;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }

}
