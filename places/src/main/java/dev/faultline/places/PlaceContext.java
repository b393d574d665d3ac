package dev.faultline.places;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ResolvedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What an article says about where it is, and each of its place names resolved in that light. Every
 * distinct name votes once for each country and each first-level division any place of that name (by
 * its own or an alternate name, not by skeleton) lies in. A candidate scores its prominence, less for
 * a match by alternate name or skeleton, more for lying in a country or division that other names of
 * the article vote for, a little more in the country of one of its known actors (actors act abroad:
 * "Russian forces shelled a village near Izium, Kharkiv") or of the outlet ("Kenya News Agency"), and
 * much more (or less) for lying in (or outside) the places the text puts it in
 * ({@link PlaceName#container}); a division wins only where the
 * words say one is meant ("Idlib province"); a skeleton match needs another name of the article in its
 * country or a container it lies in, unless it is a large town. Made per article; not shared between
 * threads.
 */
final class PlaceContext {
    private final Map<String, Integer> countryVotes = new HashMap<>();
    private final Map<String, Integer> divisionVotes = new HashMap<>();
    private final Map<String, Integer> actorCountries = new HashMap<>();
    private final Set<String> outletCountries = new HashSet<>();
    private final Map<PlaceName, Optional<Place>> resolved = new IdentityHashMap<>();
    private final List<PlaceName> attested = new ArrayList<>();
    /** Countries of the places the attested names settled on, one vote a name; made on first need. */
    private Map<String, Integer> settled;
    /** Where each attested name (by key) settled in the first pass. */
    private final Map<String, Place> settledOn = new HashMap<>();
    /** Countries where the attested names settled on a town or division, not on the country itself. */
    private final Set<String> settledTowns = new HashSet<>();
    private String top;
    private int mostVotes;
    private ToDoubleFunction<Place> ground = p -> 0;

    private PlaceContext() {}

    /**
     * @param outletCountries countries the outlet's own name carries ("Kenya News Agency", "Radio Uganda")
     * @param ground          a candidate's bonus for lying where the outlet's other reports are set ({@link OutletGround})
     */
    static PlaceContext of(ResolvedDocument rd, Map<Integer, List<PlaceName>> names, Set<String> outletCountries,
                           ToDoubleFunction<Place> ground) {
        PlaceContext c = new PlaceContext();
        c.ground = ground;
        c.outletCountries.addAll(outletCountries);
        Map<String, PlaceName> distinct = new HashMap<>();
        for (List<PlaceName> list : names.values()) {
            for (PlaceName n : list) if (n.attested()) distinct.putIfAbsent(PlaceNames.key(n.text()), n);   // a headline's "Strike" votes for nothing
        }
        c.attested.addAll(distinct.values());
        for (PlaceName n : distinct.values()) {
            for (String country : countries(n)) c.countryVotes.merge(country, 1, Integer::sum);
            for (String division : divisions(n)) c.divisionVotes.merge(division, 1, Integer::sum);
        }
        for (ActorMention m : rd.actors()) {
            if (m.actor().country() != null) c.actorCountries.put(m.actor().country(), 1);   // known actors and states' organs
        }
        Map<String, Integer> all = new HashMap<>(c.countryVotes);
        c.actorCountries.forEach((k, v) -> all.merge(k, v, Integer::sum));
        boolean tie = false;
        for (Map.Entry<String, Integer> v : all.entrySet()) {
            if (v.getValue() > c.mostVotes) {
                c.top = v.getKey();
                c.mostVotes = v.getValue();
                tie = false;
            } else if (v.getValue() == c.mostVotes) {
                tie = true;
            }
        }
        if (tie) c.top = null;
        return c;
    }

    private static Set<String> countries(PlaceName n) {
        Set<String> out = new HashSet<>();
        for (Gazetteer.Match m : n.candidates()) if (m.kind() != Gazetteer.MatchKind.SKELETON) out.add(m.place().country());
        return out;
    }

    private static Set<String> divisions(PlaceName n) {
        Set<String> out = new HashSet<>();
        for (Gazetteer.Match m : n.candidates()) {
            if (m.kind() != Gazetteer.MatchKind.SKELETON && !m.place().admin1().isEmpty()) out.add(division(m.place()));
        }
        return out;
    }

    private static String division(Place p) {
        return p.country() + "." + p.admin1();
    }

    /** The country most of the article's places and known actors point to; null on a tie or none. */
    String topCountry() {
        return top;
    }

    /** The place a name most likely means in this article; empty when none of its candidates is admissible. */
    Optional<Place> resolve(PlaceName n) {
        Optional<Place> done = resolved.get(n);
        if (done == null) {
            done = best(n, false);
            resolved.put(n, done);
        }
        return done;
    }

    /**
     * Every attested name resolved once with the votes of all its namesakes; the countries they settle on
     * then decide whether a weaker match is admitted (a skeleton, a headline's capitalised word): "Damascus"
     * votes for Maryland's Damascus too, but settles in Syria.
     */
    private Map<String, Integer> settled() {
        if (settled == null) {
            Map<String, Integer> votes = new HashMap<>();
            for (PlaceName n : attested) {
                best(n, true).ifPresent(p -> {
                    settledOn.put(PlaceNames.key(n.text()), p);
                    votes.merge(p.country(), 1, Integer::sum);
                    if (!p.isCountry()) settledTowns.add(p.country());
                });
            }
            settled = votes;
        }
        return settled;
    }

    /** The words of the sentence that name {@code p}, when one of its names resolved to it. */
    Optional<String> nameOf(Place p, List<PlaceName> here) {
        for (PlaceName n : here) if (resolve(n).filter(q -> q == p || q.equals(p)).isPresent()) return Optional.of(n.text());
        return Optional.empty();
    }

    /**
     * The best admissible candidate. In the first pass (settling the attested names) support is the
     * votes of every namesake, less the name's own; after it, the countries the attested names settled in.
     */
    private Optional<Place> best(PlaceName n, boolean firstPass) {
        Map<String, Integer> admission = firstPass ? countryVotes : settled();
        Set<String> ownCountries = n.attested() ? countries(n) : Set.of(), ownDivisions = n.attested() ? divisions(n) : Set.of();
        boolean hasDivision = n.candidates().stream().anyMatch(m -> m.place().isAdmin1());   // "(Georgia)": the state, where one is meant
        boolean anyInside = n.container() != null && n.candidates().stream().anyMatch(m -> insideChain(m.place(), n.container()));
        // a name that a large town or a division bears as written means no other place by its skeleton ("Beirut" is no Bartow)
        boolean exactAndLarge = n.candidates().stream().anyMatch(m -> m.kind() != Gazetteer.MatchKind.SKELETON
                && (m.place().population() >= BIG_PLACE || m.place().isAdmin1()));
        // the countries of large towns of the name as written: "Mathura district" is named for India's Mathura, not for
        // Portugal's Madeira by its skeleton; "Idleb countryside" may still be Syria's Idlib governorate
        Set<String> exactTownCountries = new java.util.HashSet<>();
        for (Gazetteer.Match m : n.candidates()) {
            if (m.kind() != Gazetteer.MatchKind.SKELETON && m.place().population() >= BIG_PLACE) exactTownCountries.add(m.place().country());
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : n.candidates()) {
            Place p = m.place();
            if (exactAndLarge && m.kind() == Gazetteer.MatchKind.SKELETON && !(n.kind() == PlaceName.Kind.DIVISION && p.isAdmin1()
                    && (exactTownCountries.isEmpty() || exactTownCountries.contains(p.country())))) continue;
            // a skeleton is weak: where the text puts the name in places, it must lie in one of their countries
            if (m.kind() == Gazetteer.MatchKind.SKELETON && n.container() != null && !inContainersCountry(p, n.container())) continue;
            if (p.isCountry() && PlaceNames.articleOnly(n.text(), p.name())) continue;
            if (p.isCountry() && m.kind() != Gazetteer.MatchKind.SKELETON && !(n.kind() == PlaceName.Kind.DIVISION && hasDivision)) {
                return Optional.of(p);
            }
            if (p.isCountry()) continue;
            boolean inside = n.container() != null && insideChain(p, n.container());
            int others = countryVotes.getOrDefault(p.country(), 0) - (ownCountries.contains(p.country()) ? 1 : 0);
            int divisionOthers = p.admin1().isEmpty() ? 0
                    : divisionVotes.getOrDefault(division(p), 0) - (ownDivisions.contains(division(p)) ? 1 : 0);
            boolean skeleton = m.kind() == Gazetteer.MatchKind.SKELETON;
            int supported = admission.getOrDefault(p.country(), 0)
                    - (firstPass && ownCountries.contains(p.country()) ? 1 : 0);
            if (!firstPass && n.attested() && supported > 0 && admission.get(p.country()) == 1 && settledHere(n, p)) {
                supported = 0;                                          // its only support is itself
            }
            if (skeleton && !admitted(p, n, supported > 0 || inside)) continue;
            // a division's name spelt otherwise ("Dhanusha district") is no town abroad ("Danshui"), unless the text puts
            // the name in that town's country, or it is a large town where the rest of the report lies ("the province of Raqa")
            if (skeleton && n.kind() == PlaceName.Kind.DIVISION && !p.isAdmin1() && !(n.container() != null && inContainersCountry(p, n.container()))
                    && !(supported > 0 && p.population() >= BIG_PLACE)) continue;
            if (!n.attested() && supported <= 0 && p.population() < BIG_PLACE) continue;   // "Report", a hamlet somewhere
            // a hamlet abroad, where none of the article's other places lie: a headline's word the recogniser took for a place ("Convoy")
            // (a country named is a topic as often as a place: "rallied in Quimperle in support of Ukraine")
            boolean elsewhere = !firstPass && supported <= 0 && !inside && settledTowns.stream().anyMatch(c -> !c.equals(p.country()));
            if (elsewhere && p.population() < SMALL_PLACE && !p.isAdmin1() && p.geonameId() != 0) continue;
            double score = Math.log10(p.prominence() + 1);
            if (m.kind() == Gazetteer.MatchKind.ALTERNATE) score -= 0.7;
            if (skeleton) score -= 2.5;
            if (n.kind() == PlaceName.Kind.DIVISION) score += p.isAdmin1() ? 4 : 0;
            else if (p.isAdmin1()) score -= 2;
            if (others > 0) score += 2.5 + 2.5 * others / Math.max(1, mostVotes);
            if (actorCountries.containsKey(p.country())) score += 1;
            if (outletCountries.contains(p.country())) score += 1.5;      // a local outlet reports local news
            score += ground.applyAsDouble(p);                             // where the outlet's other reports are set
            if (divisionOthers > 0 && !p.isAdmin1()) score += 3;
            // where the text says it lies, when any of its places can lie there; the division a town belongs to is only
            // as good as the divisions file, so a miss is a penalty, not a veto
            if (anyInside) score += inside ? 4 : -3;
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code p} lies in a country that some place of the container chain, by its own or an alternate name, lies in. */
    private static boolean inContainersCountry(Place p, PlaceName container) {
        boolean any = false;
        for (PlaceName c = container; c != null; c = c.container()) {
            for (Gazetteer.Match m : c.candidates()) {
                if (m.kind() == Gazetteer.MatchKind.SKELETON) continue;
                any = true;
                if (m.place().country().equals(p.country())) return true;
            }
        }
        return !any;
    }

    /** Whether the attested name {@code n} itself settled in {@code p}'s country (then its vote there is its own). */
    private boolean settledHere(PlaceName n, Place p) {
        Place own = settledOn.get(PlaceNames.key(n.text()));
        return own != null && own.country().equals(p.country());
    }

    /**
     * Whether a match by skeleton is admitted. The shorter the skeleton, the more it takes: four
     * consonants or more, support from the article or a large town alike in its first letter ("Deir
     * Ezzor"); three, support, or such a town where the text says a town is meant ("Nasseriya city", not
     * "al-Nusra"); two, a large town alike in its first and last letters, and support ("Raqa" in a report
     * on Syria). A run of capitalised words nothing else calls a place needs both support and a large town.
     */
    private static boolean admitted(Place p, PlaceName n, boolean supported) {
        int length = PlaceNames.skeleton(PlaceNames.key(n.text())).length();
        String a = PlaceNames.key(p.name()), b = PlaceNames.key(n.text());
        boolean bigAndAlike = p.population() >= BIG_PLACE && !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
        if (!n.attested()) return supported && bigAndAlike;     // a headline's "Russian" is not Ras al-Ain
        if (length >= 4) return supported || bigAndAlike;
        if (length == 3) return supported || bigAndAlike && n.kind() != PlaceName.Kind.NONE;
        return supported && bigAndAlike && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);   // "Raqa", Raqqa; not "Deir", Daraa
    }

    private static final long BIG_PLACE = 100_000;
    private static final long SMALL_PLACE = 10_000;

    /**
     * Whether {@code p} lies in some place that a container of its name, or a container of that, may mean
     * (other than itself): "Chore (San Pedro)" lies in San Pedro the department, though the name alone
     * would be the town; "Hyderabad (Hyderabad district, Sindh)" is the Hyderabad in Sindh.
     */
    private static boolean insideChain(Place p, PlaceName container) {
        for (PlaceName c = container; c != null; c = c.container()) {
            for (Gazetteer.Match m : c.candidates()) {
                if (m.kind() != Gazetteer.MatchKind.SKELETON && !m.place().equals(p) && p.liesIn(m.place())) return true;
            }
        }
        return false;
    }
}
