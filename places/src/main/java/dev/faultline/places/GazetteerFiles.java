package dev.faultline.places;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the GeoNames file is: {@code -Dfaultline.geonames} or {@code FAULTLINE_GEONAMES} when set, else
 * the cache that {@code scripts/fetch-gazetteer.sh} fills ({@code ~/.cache/faultline/geonames/cities500.txt},
 * under {@code XDG_CACHE_HOME} when that is set).
 */
public final class GazetteerFiles {
    private GazetteerFiles() {}

    public static Optional<Path> locate() {
        String explicit = System.getProperty("faultline.geonames");
        if (explicit == null || explicit.isBlank()) explicit = System.getenv("FAULTLINE_GEONAMES");
        if (explicit != null && !explicit.isBlank()) return Optional.of(Path.of(explicit));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path p = cache.resolve("faultline/geonames/cities500.txt");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
