package dev.faultline.places;

import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PlacePrecision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where each outlet's reports are set: per outlet, the share of its placed articles with an event in
 * each first-level division and each country, learnt from a batch's placed events. A regional outlet's
 * "Novoselivka" is the village in its own oblast, not a namesake 800 km away; a name its text puts
 * nowhere takes the outlet's ground as a hint, never as a veto. Immutable; an outlet with fewer than
 * {@link #MIN_ARTICLES} placed articles has no ground.
 */
public final class OutletGround {
    /** No outlet has a ground: what a single article, or the first batch of a corpus, is geocoded with. */
    public static final OutletGround NONE = new OutletGround(Map.of());
    static final int MIN_ARTICLES = 3;

    private final Map<String, Counts> byOutlet;

    private record Counts(int articles, Map<String, Integer> divisions, Map<String, Integer> countries) {
        Counts plus(Counts o) {
            Map<String, Integer> d = new HashMap<>(divisions), c = new HashMap<>(countries);
            o.divisions.forEach((k, v) -> d.merge(k, v, Integer::sum));
            o.countries.forEach((k, v) -> c.merge(k, v, Integer::sum));
            return new Counts(articles + o.articles, Map.copyOf(d), Map.copyOf(c));
        }
    }

    private OutletGround(Map<String, Counts> byOutlet) {
        this.byOutlet = Map.copyOf(byOutlet);
    }

    /**
     * The grounds of the outlets of these placed documents: each article counts once for each division and
     * country its events are placed in, at a town's or a division's precision (a country alone says little).
     */
    public static OutletGround learn(Iterable<CodedDocument> placed) {
        Map<String, Counts> out = new HashMap<>();
        for (CodedDocument d : placed) {
            String outlet = key(d.resolved().document().article().outlet());
            if (outlet == null) continue;
            Set<String> divisions = new HashSet<>(), countries = new HashSet<>();
            for (CodedEvent e : d.events()) {
                EventPlace p = e.place();
                if (p == null || p.country() == null || p.precision() == null || p.precision() == PlacePrecision.COUNTRY) continue;
                countries.add(p.country());
                if (p.admin1() != null) divisions.add(division(p.country(), p.admin1()));
            }
            if (countries.isEmpty()) continue;
            Map<String, Integer> dv = new HashMap<>(), cv = new HashMap<>();
            divisions.forEach(k -> dv.put(k, 1));
            countries.forEach(k -> cv.put(k, 1));
            out.merge(outlet, new Counts(1, Map.copyOf(dv), Map.copyOf(cv)), Counts::plus);
        }
        return new OutletGround(out);
    }

    /** This ground with others' articles added (a corpus analysed in batches, a batch of articles' own grounds). */
    public OutletGround plus(java.util.Collection<OutletGround> others) {
        Map<String, Counts> out = new HashMap<>(byOutlet);
        for (OutletGround o : others) o.byOutlet.forEach((k, v) -> out.merge(k, v, Counts::plus));
        return new OutletGround(out);
    }

    /** This ground without another's articles (an article's own, so that it is not its own evidence). */
    public OutletGround minus(OutletGround other) {
        Objects.requireNonNull(other, "other");
        if (other.byOutlet.isEmpty()) return this;
        Map<String, Counts> out = new HashMap<>(byOutlet);
        other.byOutlet.forEach((k, v) -> out.computeIfPresent(k, (key, mine) -> {
            Map<String, Integer> d = new HashMap<>(mine.divisions), c = new HashMap<>(mine.countries);
            v.divisions.forEach((x, n) -> d.computeIfPresent(x, (y, m) -> m - n > 0 ? m - n : null));
            v.countries.forEach((x, n) -> c.computeIfPresent(x, (y, m) -> m - n > 0 ? m - n : null));
            int articles = mine.articles - v.articles;
            return articles > 0 ? new Counts(articles, Map.copyOf(d), Map.copyOf(c)) : null;
        }));
        return new OutletGround(out);
    }

    /** How many outlets have a ground (enough placed articles). */
    public int outlets() {
        return (int) byOutlet.values().stream().filter(c -> c.articles >= MIN_ARTICLES).count();
    }

    /** The share of the outlet's placed articles set in this division of this country; 0 without a ground. */
    double divisionShare(String outlet, String country, String admin1Name) {
        Counts c = counts(outlet);
        if (c == null || admin1Name == null) return 0;
        return c.divisions.getOrDefault(division(country, admin1Name), 0) / (double) c.articles;
    }

    /** The share of the outlet's placed articles set in this country; 0 without a ground. */
    double countryShare(String outlet, String country) {
        Counts c = counts(outlet);
        return c == null ? 0 : c.countries.getOrDefault(country, 0) / (double) c.articles;
    }

    private Counts counts(String outlet) {
        String k = key(outlet);
        Counts c = k == null ? null : byOutlet.get(k);
        return c == null || c.articles < MIN_ARTICLES ? null : c;
    }

    private static String key(String outlet) {
        return outlet == null || outlet.isBlank() ? null : outlet.strip().toLowerCase(Locale.ROOT);
    }

    private static String division(String country, String admin1Name) {
        return country + "|" + admin1Name.toLowerCase(Locale.ROOT);
    }
}
