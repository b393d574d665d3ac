package dev.faultline.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Place names to places: the world's countries, GeoNames places (the {@code cities500.txt} table format,
 * matched by name, ASCII name and alternate names in Latin script), first-level divisions and the
 * team's list of regions, rivers, crossings and bases. A name is matched through {@link PlaceNames#key},
 * then through its consonant skeleton for spellings that differ in their vowels. Built from text once
 * and then read from its compiled form; immutable and safe to share between threads.
 */
public final class Gazetteer {
    private final PlaceTable table;
    private final Map<String, String> admin1Names;
    private final NameIndex names;
    private final NameIndex skeletons;
    private final int sourcePlaces;

    private Gazetteer(CompiledGazetteer.Contents c) {
        this.table = c.places();
        this.admin1Names = Map.copyOf(c.admin1Names());
        this.names = c.names();
        this.skeletons = c.skeletons();
        this.sourcePlaces = c.sourcePlaces();
    }

    /** How a place matched a name. */
    public enum MatchKind { NAME, ALTERNATE, SKELETON }

    /** A place a name may mean, and how it matched. */
    public record Match(Place place, MatchKind kind) {}

    /** Countries and the team's regions: what Faultline knows without a GeoNames file. */
    public static Gazetteer countriesOnly() {
        try {
            return new Gazetteer(GazetteerBuilder.build(new GazetteerSources(List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
        } catch (IOException e) {
            throw new IllegalStateException("no file is read for countries alone", e);
        }
    }

    /** Countries, regions and every place of one GeoNames file, built in memory. */
    public static Gazetteer load(Path geonames) throws IOException {
        return open(GazetteerSources.of(geonames));
    }

    /**
     * The gazetteer of these sources: read from its compiled form in {@code sources.compiled()} when that
     * was made from the same files, else built from them and compiled there for the next start (a
     * folder that cannot be written only costs that start its seconds).
     */
    public static Gazetteer open(GazetteerSources sources) throws IOException {
        for (Path p : sources.geonames()) if (!Files.isRegularFile(p)) throw new IOException(p + ": no such GeoNames file");
        if (sources.compiled().isEmpty()) return new Gazetteer(GazetteerBuilder.build(sources));
        String fingerprint = sources.fingerprint();
        Path file = sources.compiled().get().resolve("gazetteer-" + CompiledGazetteer.FORMAT + "-"
                + Integer.toHexString(fingerprint.hashCode()) + ".idx");
        if (Files.isRegularFile(file)) {
            try {
                CompiledGazetteer.Contents c = CompiledGazetteer.read(file, fingerprint);
                if (c != null) return new Gazetteer(c);
            } catch (IOException e) {
                // a damaged or foreign file: rebuilt below
            }
        }
        CompiledGazetteer.Contents c = GazetteerBuilder.build(sources);
        try {
            Files.createDirectories(file.getParent());
            CompiledGazetteer.write(file, fingerprint, c);
            removeOlderFormats(file.getParent());
        } catch (IOException e) {
            // read-only cache: the next start builds again
        }
        return new Gazetteer(c);
    }

    /**
     * Deletes compiled gazetteers of earlier formats, which no version reading this one's cache opens again (23 MB
     * each). Files of this format compiled from other sources stay: another configuration may use them.
     */
    private static void removeOlderFormats(Path folder) throws IOException {
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile("gazetteer-(\\d+)-[0-9a-f]+\\.idx");
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                var m = compiled.matcher(p.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) < CompiledGazetteer.FORMAT) Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Every place a name may mean: those that bear it as their own or an alternate name (countries
     * first, then by prominence), then those whose name has the same consonant skeleton. A name with a
     * trailing word for its kind that matches nothing is tried without it ("Abhar city"), divisions first
 * when the word names one ("Idlib province").
     */
    public List<Match> candidates(String name) {
        String key = PlaceNames.key(name);
        if (PlaceNames.tooShort(key)) return List.of();
        List<Match> found = find(key);
        boolean exact = found.stream().anyMatch(m -> m.kind() != MatchKind.SKELETON);
        String bare = PlaceNames.withoutKind(key);
        if (exact || bare.equals(key) || PlaceNames.tooShort(bare)) return found;
        // "Aleppo City": the city of Aleppo before any place whose skeleton "Aleppo City" shares
        List<Match> matches = new ArrayList<>(find(bare));
        for (Match m : found) if (matches.stream().noneMatch(x -> x.place().equals(m.place()))) matches.add(m);
        if (!PlaceNames.namesAdminArea(key)) return matches;
        matches.sort(java.util.Comparator.comparing(m -> !m.place().isAdmin1()));   // "Idlib province": the division before its seat
        return matches;
    }

    /**
     * The matches of a key, best first, at most {@link #MAX_NAMED} by name and {@link #MAX_SKELETON} by
     * skeleton: a name that hundreds of hamlets bear ("San Jose") costs no more than its likely meanings.
     */
    private List<Match> find(String key) {
        List<Match> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int[] named = names.find(key);
        for (int k = 0; k < named.length && k < MAX_NAMED; k++) {
            int p = named[k];
            seen.add(p >>> 1);
            out.add(new Match(table.get(p >>> 1), (p & 1) == NameIndex.OWN ? MatchKind.NAME : MatchKind.ALTERNATE));
        }
        String skeleton = PlaceNames.skeleton(key);
        if (!skeleton.isEmpty()) {
            int[] alike = skeletons.find(skeleton);
            for (int k = 0, added = 0; k < alike.length && added < MAX_SKELETON; k++) {
                if (seen.add(alike[k] >>> 1)) {
                    out.add(new Match(table.get(alike[k] >>> 1), MatchKind.SKELETON));
                    added++;
                }
            }
        }
        return out;
    }

    private static final int MAX_NAMED = 60, MAX_SKELETON = 20;

    /** The places of {@link #candidates}, in their order. */
    public List<Place> lookup(String name) {
        return candidates(name).stream().map(Match::place).toList();
    }

    /**
     * The place a name most likely means with nothing else known: the first it bears by its own or an
     * alternate name (a country of that name, else the most prominent). Articles are resolved with
     * their context by the geocoder, not by this.
     */
    public Optional<Place> resolve(String name) {
        return candidates(name).stream().filter(m -> m.kind() != MatchKind.SKELETON).map(Match::place).findFirst();
    }

    /** The name of the first-level division a place lies in ("Idlib Governorate"), when known. */
    public Optional<String> admin1Name(Place p) {
        if (p.isCountry() || p.admin1().isEmpty()) return Optional.empty();
        return Optional.ofNullable(admin1Names.get(p.country() + "." + p.admin1()));
    }

    /** How many GeoNames places were read (0 when countries only). */
    public int size() {
        return sourcePlaces;
    }

    /** How many distinct name keys the gazetteer matches on (skeletons not counted). */
    public int names() {
        return names.keyCount();
    }
}
