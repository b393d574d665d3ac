package dev.faultline.places;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the gazetteer's sources are. The GeoNames file is {@code -Dfaultline.geonames} or
 * {@code FAULTLINE_GEONAMES} when set, else the cache that {@code scripts/fetch-gazetteer.sh} fills
 * ({@code ~/.cache/faultline/geonames/cities500.txt}, under {@code XDG_CACHE_HOME} when set). Beside it
 * may lie GeoNames' {@code admin1CodesASCII.txt}, {@code divisions.json}, {@code countries.json} and
 * {@code division-names.json}; the
 * compiled gazetteer is kept in {@code ~/.cache/faultline/gazetteer}.
 */
public final class GazetteerFiles {
    private GazetteerFiles() {}

    /** The sources found, or none when there is no GeoNames file (a user's own files can still be added). */
    public static GazetteerSources locate() {
        Path cache = cache();
        String explicit = System.getProperty("faultline.geonames");
        if (explicit == null || explicit.isBlank()) explicit = System.getenv("FAULTLINE_GEONAMES");
        Path geonames = explicit != null && !explicit.isBlank() ? Path.of(explicit) : cache.resolve("geonames/cities500.txt");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(geonames)) files.add(geonames);
        Path dir = geonames.toAbsolutePath().getParent();
        return new GazetteerSources(files, beside(dir, "admin1CodesASCII.txt"), beside(dir, "divisions.json"),
                beside(dir, "countries.json"), beside(dir, "division-names.json"), Optional.of(cache.resolve("gazetteer")));
    }

    private static Optional<Path> beside(Path dir, String name) {
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("faultline");
    }
}
