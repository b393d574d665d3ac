package dev.faultline.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gazetteer is built from, and where its compiled form is kept.
 *
 * @param geonames    files in the GeoNames table format (cities500.txt, a country file, allCountries.txt);
 *                    a place in two files counts once
 * @param admin1Codes GeoNames' {@code admin1CodesASCII.txt}, which names first-level divisions by code
 * @param divisions   first-level divisions with their centres ({@code state.json} of the npm package
 *                    country-state-city), used when no GeoNames names are at hand
 * @param countries   countries with their centres ({@code country.json} of the same package)
 * @param divisionNames first-level divisions by their GeoNames codes with their names in several languages
 *                    ({@code data/iso3166-2.json} of the npm package iso3166-2-db): "Lombardia", "Bayern"
 * @param compiled    the folder the compiled gazetteer is written to and read from; none: never compiled
 */
public record GazetteerSources(List<Path> geonames, Optional<Path> admin1Codes, Optional<Path> divisions,
                               Optional<Path> countries, Optional<Path> divisionNames, Optional<Path> compiled) {
    public GazetteerSources {
        geonames = List.copyOf(geonames);
        Objects.requireNonNull(admin1Codes, "admin1Codes");
        Objects.requireNonNull(divisions, "divisions");
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(divisionNames, "divisionNames");
        Objects.requireNonNull(compiled, "compiled");
    }

    /** One GeoNames file and nothing else, compiled nowhere. */
    public static GazetteerSources of(Path geonames) {
        return new GazetteerSources(List.of(geonames), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** These sources with more GeoNames files (a user's {@code --geonames}). */
    public GazetteerSources plus(List<Path> more) {
        List<Path> all = new ArrayList<>(geonames);
        for (Path p : more) if (!all.contains(p)) all.add(p);
        return new GazetteerSources(all, admin1Codes, divisions, countries, divisionNames, compiled);
    }

    public boolean isEmpty() {
        return geonames.isEmpty();
    }

    /** Names every source with its size and modification time: a compiled gazetteer is stale when this changes. */
    String fingerprint() throws IOException {
        StringBuilder b = new StringBuilder();
        List<Path> all = new ArrayList<>(geonames);
        admin1Codes.ifPresent(all::add);
        divisions.ifPresent(all::add);
        countries.ifPresent(all::add);
        divisionNames.ifPresent(all::add);
        for (Path p : all) {
            Path abs = p.toAbsolutePath().normalize();
            b.append(abs).append('|').append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis()).append(';');
        }
        b.append("regions ").append(Regions.version());
        return b.toString();
    }
}
