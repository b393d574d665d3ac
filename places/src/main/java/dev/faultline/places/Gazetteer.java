package dev.faultline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * Place names to places: GeoNames' populated places (the {@code cities500.txt} format: tab-separated,
 * name, ASCII name and comma-separated alternate names in columns 2–4) and the world's countries by
 * their English names and ISO codes. Names are matched through {@link PlaceNames#key}; alternate names
 * in other scripts are not indexed. Immutable once loaded and safe to share between threads.
 */
public final class Gazetteer {
    private static final Map<String, List<String>> COUNTRY_ALIASES = Map.of(
            "USA", List.of("United States of America", "America", "US", "USA", "U.S.", "U.S.A."),
            "GBR", List.of("Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"),
            "PSE", List.of("Palestine", "Palestinian Territories", "Gaza", "Gaza Strip", "West Bank"),
            "COD", List.of("DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo"),
            "COG", List.of("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
            "MMR", List.of("Burma"),
            "CIV", List.of("Ivory Coast"),
            "CZE", List.of("Czech Republic"),
            "KOR", List.of("South Korea"),
            "PRK", List.of("North Korea"));

    private final Map<String, List<Place>> byKey;
    /** Places by their alternate names only: consulted when no place has the name as its own. */
    private final Map<String, List<Place>> byAlternate;
    private final int places;

    private Gazetteer(Map<String, List<Place>> byKey, Map<String, List<Place>> byAlternate, int places) {
        this.byKey = byKey;
        this.byAlternate = byAlternate;
        this.places = places;
    }

    /** Countries only: what Faultline knows without a GeoNames file. */
    public static Gazetteer countriesOnly() {
        Map<String, List<Place>> index = new HashMap<>();
        addCountries(index);
        return new Gazetteer(freeze(index), Map.of(), 0);
    }

    /** Countries and every place of a GeoNames cities file (cities500.txt or a full dump in the same format). */
    public static Gazetteer load(Path geonames) throws IOException {
        Map<String, List<Place>> index = new HashMap<>();
        Map<String, List<Place>> alternates = new HashMap<>();
        addCountries(index);
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(geonames, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                Place p;
                try {
                    String iso3 = iso3(f[8]);
                    if (iso3 == null) continue;
                    p = new Place(Long.parseLong(f[0]), f[1], iso3, f[10], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                            f[14].isEmpty() ? 0 : Long.parseLong(f[14]), f[7]);
                } catch (IllegalArgumentException e) {
                    throw new IOException(geonames + ":" + lineNo + ": not a GeoNames row: " + e.getMessage(), e);
                }
                n++;
                add(index, f[1], p);
                add(index, f[2], p);
                if (!f[3].isEmpty()) for (String alt : f[3].split(",")) add(alternates, alt, p);
            }
        }
        return new Gazetteer(freeze(index), freeze(alternates), n);
    }

    private static Map<String, List<Place>> freeze(Map<String, List<Place>> index) {
        Comparator<Place> order = Comparator.comparingDouble(Place::prominence).reversed();
        Map<String, List<Place>> out = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((k, v) -> {
            v.sort(order);
            out.put(k, List.copyOf(v));
        });
        return out;
    }

    private static void addCountries(Map<String, List<Place>> index) {
        for (String iso2 : Locale.getISOCountries()) {
            String iso3 = iso3(iso2);
            if (iso3 == null) continue;
            String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            Place country = new Place(0, name, iso3, "", null, null, 0, "PCLI");
            add(index, name, country);
            add(index, iso3, country);
            for (String alias : COUNTRY_ALIASES.getOrDefault(iso3, List.of())) add(index, alias, country);
        }
    }

    private static void add(Map<String, List<Place>> index, String name, Place p) {
        String key = PlaceNames.key(name);
        if (!PlaceNames.latin(key) || key.length() < 2) return;
        List<Place> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(p)) list.add(p);
    }

    static String iso3(String iso2) {
        if (iso2 == null || iso2.length() != 2) return null;
        try {
            String c = new Locale("", iso2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Every place with this name, the most prominent first; "Batumi City", "Idlib province" are Batumi, Idlib. */
    public List<Place> lookup(String name) {
        String key = PlaceNames.key(name);
        List<Place> found = find(key);
        if (!found.isEmpty()) return found;
        String bare = PlaceNames.withoutKind(key);
        return bare.equals(key) ? List.of() : find(bare);
    }

    /** Places whose own name this is; else those that have it among their alternate names ("Aleppo" for Ḩalab). */
    private List<Place> find(String key) {
        List<Place> own = byKey.get(key);
        if (own != null) return own;
        return byAlternate.getOrDefault(key, List.of());
    }

    /**
     * The place a name most likely means: one in a preferred country (those the article's actors belong
     * to) if any, else the most prominent; countries rank above towns that share their name.
     */
    public Optional<Place> resolve(String name, Collection<String> preferredCountries) {
        List<Place> all = lookup(name);
        if (all.isEmpty()) return Optional.empty();
        for (Place p : all) if (p.isCountry()) return Optional.of(p);
        for (Place p : all) if (preferredCountries.contains(p.country())) return Optional.of(p);
        return Optional.of(all.get(0));
    }

    public Optional<Place> resolve(String name) {
        return resolve(name, Set.of());
    }

    /** How many GeoNames places were read (0 when countries only). */
    public int size() {
        return places;
    }

    public int names() {
        return byKey.size() + byAlternate.size();
    }
}
