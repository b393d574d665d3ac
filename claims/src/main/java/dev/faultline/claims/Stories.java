package dev.faultline.claims;

import java.time.LocalDate;
import java.util.Comparator;
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
 * does not matter: a denial is of the same story.
 *
 * <p>A story is anchored on its first claim, in date order: a claim joins the first story whose anchor
 * it matches, so daily reports of a long war stay separate stories rather than chaining into one. An
 * undated claim tells a story of its own. Within a type, claims are compared only with anchors whose
 * dates can still meet, so the work grows with the stories open at a time, not with the corpus squared.
 */
final class Stories {
    static final double NEAR_KM = 50;
    private static final int SLACK_DAYS = 3;

    private Stories() {
    }

    /** The story of each claim, by claim id: the id of the story's anchor. */
    static Map<String, String> of(List<Claim> claims) {
        Map<String, String> out = new HashMap<>();
        Map<String, List<Claim>> byKind = new HashMap<>();
        for (Claim c : claims) {
            if (c.kind().equals(Claim.FORCE) || c.from() == null) out.put(c.id(), c.id());
            else byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        for (List<Claim> group : byKind.values()) {
            group.sort(Comparator.comparing(Claim::from).thenComparing(Claim::id));
            List<Claim> anchors = new ArrayList<>();
            int open = 0;                                    // anchors before this index can no longer meet a later claim
            for (Claim c : group) {
                while (open < anchors.size() && anchors.get(open).to().plusDays(SLACK_DAYS).isBefore(c.from().minusDays(SLACK_DAYS))) open++;
                Claim anchor = null;
                for (int i = open; i < anchors.size() && anchor == null; i++) {
                    Claim a = anchors.get(i);
                    if (!a.article().equals(c.article()) && same(a, c)) anchor = a;
                }
                if (anchor == null) {
                    anchors.add(c);
                    anchor = c;
                }
                out.put(c.id(), anchor.id());
            }
        }
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
}
