package dev.faultline.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.domain.GreatCircle;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;

/**
 * Builds a gazetteer's contents from its text sources: the world's countries (ISO data, with centres
 * where a countries file gives them), every row of the GeoNames files, first-level divisions, and the
 * team-written {@link Regions}. Divisions are named, best first, by a GeoNames dump's ADM1 rows, by
 * GeoNames' admin1 code file, by a divisions file (each linked to a GeoNames code by
 * {@link DivisionLinker}), else by the name of their seat; each is centred on its places and weighed
 * by their population.
 */
final class GazetteerBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, List<String>> COUNTRY_ALIASES = Map.of(
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

    private final PlaceTable.Builder places = new PlaceTable.Builder();
    private final NameIndex.Builder names = new NameIndex.Builder();
    /** Per division ("SYR.13"): what is known of it, from whichever source. */
    private final Map<String, Division> divisions = new LinkedHashMap<>();
    private final Map<String, List<Integer>> byCountry = new HashMap<>();
    private int sourcePlaces;

    private static final class Division {
        String name;
        long id;
        Double lat, lon;
        final List<String> aliases = new ArrayList<>();
        double sumLat, sumLon;
        int members;
        long population;
        String seat;
        /** Named by its code (division names), not by a guess of the linker. */
        boolean named;
        /** Its name is the division names' English one, which a divisions file's name replaces for display. */
        boolean nameFromCodes;

        boolean bears(String other) {
            String k = PlaceNames.withoutKind(PlaceNames.key(other));
            if (name != null && PlaceNames.withoutKind(PlaceNames.key(name)).equals(k)) return true;
            for (String a : aliases) if (PlaceNames.withoutKind(PlaceNames.key(a)).equals(k)) return true;
            return false;
        }
    }

    private GazetteerBuilder() {}

    static CompiledGazetteer.Contents build(GazetteerSources sources) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        b.countries(sources.countries().isPresent() ? centres(sources.countries().get()) : Map.of());
        for (Path file : sources.geonames()) b.geonames(file);
        if (sources.admin1Codes().isPresent()) b.admin1Codes(sources.admin1Codes().get());
        if (sources.divisionNames().isPresent()) b.divisionNames(sources.divisionNames().get());
        if (sources.divisions().isPresent()) b.divisions(sources.divisions().get());
        b.seats();
        Map<String, String> admin1Names = b.addDivisions();
        b.regions();
        PlaceTable table = b.places.build();
        Comparator<Integer> order = order(table);
        NameIndex names = b.names.build(order);
        NameIndex.Builder skeletons = new NameIndex.Builder();
        b.names.entries().forEach((key, postings) -> {
            String s = PlaceNames.skeleton(key);
            if (s.isEmpty()) return;
            for (int p : postings) {
                // alternates in other tongues are noise; a country is named, never guessed from its vowels
                if ((p & 1) == NameIndex.OWN && !b.places.get(p >>> 1).isCountry()) skeletons.add(s, p >>> 1, NameIndex.OWN);
            }
        });
        return new CompiledGazetteer.Contents(table, admin1Names, names, skeletons.build(order), b.sourcePlaces);
    }

    /** The order of a name's places when nothing else is known: countries, then by prominence, an alternate name counting less. */
    private static Comparator<Integer> order(PlaceTable t) {
        return Comparator.comparingDouble((Integer p) -> {
            int i = p >>> 1;
            Place place = t.get(i);
            if (place.isCountry()) return -Double.MAX_VALUE;
            return -place.prominence() * ((p & 1) == NameIndex.OWN ? 1 : 0.2);
        });
    }

    private void countries(Map<String, double[]> centres) {
        for (String iso2 : Locale.getISOCountries()) {
            String iso3 = iso3(iso2);
            if (iso3 == null) continue;
            String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            double[] c = centres.get(iso2);
            int i = places.add(new Place(0, name, iso3, "", c == null ? null : c[0], c == null ? null : c[1], 0, "PCLI"));
            name(name, i, NameIndex.OWN);
            // not its ISO code: keys ignore case, and "Bar town" is no Barbados (USA, UK... are aliases below)
            for (String alias : COUNTRY_ALIASES.getOrDefault(iso3, List.of())) name(alias, i, NameIndex.OWN);
        }
    }

    private static Map<String, double[]> centres(Path file) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode c : read(file)) {
            double[] ll = latLon(c);
            if (ll != null) out.put(c.path("isoCode").asText(), ll);
        }
        return out;
    }

    private void geonames(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 15) throw new IOException(file + ":" + lineNo + ": not a GeoNames row: " + f.length + " columns, not 19");
                try {
                    row(f);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNo + ": not a GeoNames row: " + e.getMessage(), e);
                }
            }
        }
    }

    private void row(String[] f) {
        String iso3 = iso3(f[8]);
        if (iso3 == null) return;
        long id = Long.parseLong(f[0]);
        double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String featureClass = f[6], code = f[7];
        if (featureClass.equals("A") && code.startsWith("PCL")) return;           // countries come from ISO data
        if (featureClass.equals("A") && code.equals("ADM1")) {
            Division d = division(iso3, f[10]);
            d.name = f[1];
            d.id = id;
            d.lat = lat;
            d.lon = lon;
            d.aliases.add(f[2]);
            if (!f[3].isEmpty()) d.aliases.addAll(List.of(f[3].split(",")));
            return;
        }
        int i = places.add(new Place(id, f[1], iso3, f[10], lat, lon, population, code));
        if (i < places.size() - 1) return;                                      // a place seen in an earlier file
        sourcePlaces++;
        byCountry.computeIfAbsent(iso3, k -> new ArrayList<>()).add(i);
        name(f[1], i, NameIndex.OWN);
        name(f[2], i, NameIndex.OWN);
        String bare = PlaceNames.withoutKind(PlaceNames.key(f[2]));
        if (!bare.equals(PlaceNames.key(f[2]))) name(bare, i, NameIndex.ALTERNATE);      // "Quezon City" is also "Quezon"
        if (!f[3].isEmpty()) for (String alt : f[3].split(",")) name(alt, i, NameIndex.ALTERNATE);
        if (!f[10].isEmpty() && !f[10].equals("00")) {
            Division d = division(iso3, f[10]);
            d.sumLat += lat;
            d.sumLon += lon;
            d.members++;
            d.population += population;
            if (code.equals("PPLA") || (code.equals("PPLC") && d.seat == null)) d.seat = f[1];
        }
    }

    private Division division(String iso3, String code) {
        return divisions.computeIfAbsent(iso3 + "." + code, k -> new Division());
    }

    /** GeoNames' {@code admin1CodesASCII.txt}: {@code SY.13 <tab> name <tab> ASCII name <tab> geonameid}. */
    private void admin1Codes(Path file) throws IOException {
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            int dot = f[0].indexOf('.');
            if (f.length < 4 || dot != 2) throw new IOException(file + ":" + lineNo + ": not an admin1 code row: " + line);
            String iso3 = iso3(f[0].substring(0, 2));
            if (iso3 == null) continue;
            Division d = division(iso3, f[0].substring(dot + 1));
            if (d.name == null) {
                d.name = f[1];
                d.id = f[3].isEmpty() ? 0 : Long.parseLong(f[3]);
            }
            d.aliases.add(f[2]);
        }
    }

    /**
     * Divisions by their GeoNames codes with their names in several languages ({@code {"IT": {"regions": [{"name",
     * "admin", "names": {"it": "Lombardia", ...}, "reference": {"geonames": id}}]}}}), so that a division is found
     * by the name its own country writes ("Lombardia", "Bayern", "Andalucía"), not only by its English one.
     */
    private void divisionNames(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!root.isObject()) throw new IOException(file + ": expected a JSON object of countries by ISO code");
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> country = it.next();
            String iso3 = iso3(country.getKey());
            if (iso3 == null) continue;
            for (JsonNode r : country.getValue().path("regions")) {
                String code = r.path("admin").asText("");
                if (code.isEmpty() || code.equals("00")) continue;
                Division d = division(iso3, code);
                // named in English where it has an English name ("Damascus Governorate", not GeoNames' "Dimashq"), as the other sources name it
                String own = r.path("names").path("en").asText(r.path("name").asText(""));
                if (own.isBlank()) continue;
                if (d.name == null) {
                    d.name = own;
                    d.nameFromCodes = true;
                }
                if (d.id == 0) d.id = r.path("reference").path("geonames").asLong(0);
                d.named = true;
                for (JsonNode n : r.path("names")) if (!n.asText().isBlank()) d.aliases.add(n.asText());
                d.aliases.add(r.path("name").asText(""));
            }
        }
    }

    /**
     * A divisions file ({@code [{"name", "countryCode", "latitude", "longitude"}...]}). An entry a division known by
     * its code already bears by name lends it its centre; the others are each linked to a GeoNames code.
     */
    private void divisions(Path file) throws IOException {
        List<DivisionLinker.Claim> claims = new ArrayList<>();
        for (JsonNode s : read(file)) {
            String iso3 = iso3(s.path("countryCode").asText());
            double[] ll = latLon(s);
            String name = s.path("name").asText("");
            if (iso3 == null || ll == null || name.isBlank()) continue;
            Optional<Division> named = namedBearing(iso3, name);
            if (named.isPresent()) {
                Division d = named.get();
                if (d.nameFromCodes && !d.name.equals(name)) {      // the divisions file's name stays the one shown, as before
                    d.aliases.add(d.name);
                    d.name = name;
                    d.nameFromCodes = false;
                }
                // the file's centres are sometimes another place's (Uganda's Central Region in Minnesota): lent only near
                // the division's own towns
                if (d.lat == null && d.members > 0 && GreatCircle.km(ll[0], ll[1], d.sumLat / d.members, d.sumLon / d.members) < NEAR_OWN_TOWNS_KM) {
                    d.lat = ll[0];
                    d.lon = ll[1];
                }
                continue;
            }
            claims.add(new DivisionLinker.Claim(iso3, name, ll[0], ll[1]));
        }
        DivisionLinker.link(claims, iso3 -> byCountry.getOrDefault(iso3, List.of()).stream().map(places::get).toList())
                .forEach((c, code) -> {
                    Division d = division(c.iso3(), code);
                    if (d.name == null) d.name = c.name();
                    else d.aliases.add(c.name());
                    if (d.lat == null) {
                        d.lat = c.lat();
                        d.lon = c.lon();
                    }
                });
    }

    private static final double NEAR_OWN_TOWNS_KM = 400;

    /** The division of a country, known by its code from the division names, that bears this name. */
    private Optional<Division> namedBearing(String iso3, String name) {
        for (Map.Entry<String, Division> e : divisions.entrySet()) {
            if (e.getKey().startsWith(iso3 + ".") && e.getValue().named && e.getValue().bears(name)) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    /** Divisions no source names are named after their seat. */
    private void seats() {
        for (Division d : divisions.values()) if (d.name == null && d.seat != null) d.name = d.seat;
    }

    private Map<String, String> addDivisions() {
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, Division> e : divisions.entrySet()) {
            Division d = e.getValue();
            if (d.name == null) continue;
            String iso3 = e.getKey().substring(0, 3), code = e.getKey().substring(4);
            Double lat = d.lat, lon = d.lon;
            if (d.members > 0 && (lat == null || d.lat == 0 && d.lon == 0)) {
                lat = d.sumLat / d.members;
                lon = d.sumLon / d.members;
            }
            int i = places.add(new Place(d.id, d.name, iso3, code, lat, lon, d.population, "ADM1"));
            names.put(e.getKey(), d.name);
            name(d.name, i, NameIndex.OWN);
            name(PlaceNames.withoutKind(PlaceNames.key(d.name)), i, NameIndex.OWN);
            for (String a : d.aliases) {
                name(a, i, NameIndex.ALTERNATE);
                name(PlaceNames.withoutKind(PlaceNames.key(a)), i, NameIndex.ALTERNATE);
            }
            if (d.seat != null) name(d.seat, i, NameIndex.ALTERNATE);
        }
        return names;
    }

    private void regions() {
        for (Regions.Region r : Regions.load()) {
            Place p = r.place();
            String admin1 = "";
            double best = Double.MAX_VALUE;
            for (int i : byCountry.getOrDefault(p.country(), List.of())) {
                double d = DivisionLinker.distance2(places.get(i), p.lat(), p.lon());
                if (d < best) {
                    best = d;
                    admin1 = places.get(i).admin1();
                }
            }
            int i = places.add(new Place(0, p.name(), p.country(), admin1, p.lat(), p.lon(), 0, p.feature()));
            name(p.name(), i, NameIndex.OWN);
            for (String a : r.aliases()) name(a, i, NameIndex.OWN);
        }
    }

    private void name(String name, int place, int how) {
        names.add(PlaceNames.key(name), place, how);
    }

    private static JsonNode read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!root.isArray()) throw new IOException(file + ": expected a JSON array of objects");
        return root;
    }

    private static double[] latLon(JsonNode n) {
        try {
            double lat = Double.parseDouble(n.path("latitude").asText()), lon = Double.parseDouble(n.path("longitude").asText());
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new double[] {lat, lon} : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
}
