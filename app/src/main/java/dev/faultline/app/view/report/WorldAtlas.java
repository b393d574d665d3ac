package dev.faultline.app.view.report;

import dev.faultline.app.view.report.TopoJson.Outline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The country outlines the report's map is drawn on: Natural Earth's 1:110m countries as TopoJSON,
 * from the npm package world-atlas. The file is {@code -Dfaultline.worldAtlas} or
 * {@code FAULTLINE_WORLD_ATLAS} when set, else the cache that {@value #SCRIPT} fills
 * ({@code ~/.cache/faultline/world-atlas/countries-110m.json}, under {@code XDG_CACHE_HOME} when set).
 * Without it the report still renders, and its map section says how to get it.
 */
public final class WorldAtlas {
    public static final String SCRIPT = "scripts/fetch-world-atlas.sh";

    private final Path file;
    private final List<Outline> outlines;
    private final String problem;

    private WorldAtlas(Path file, List<Outline> outlines, String problem) {
        this.file = file;
        this.outlines = List.copyOf(outlines);
        this.problem = problem;
    }

    /** Where the outlines are looked for when no file is given. */
    public static Path defaultFile() {
        String explicit = System.getProperty("faultline.worldAtlas");
        if (explicit == null || explicit.isBlank()) explicit = System.getenv("FAULTLINE_WORLD_ATLAS");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("faultline").resolve("world-atlas").resolve("countries-110m.json");
    }

    /** The outlines of {@code file}; a file that is missing or unreadable gives none, and says why. */
    public static WorldAtlas load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            return new WorldAtlas(file, List.of(), "no country outlines at " + file + "; run " + SCRIPT + " (it needs npm) to fetch them");
        }
        try {
            List<Outline> outlines = TopoJson.read(file);
            if (outlines.isEmpty()) return new WorldAtlas(file, List.of(), file + " holds no polygons");
            return new WorldAtlas(file, outlines, null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return new WorldAtlas(file, List.of(), "could not read " + file + " (" + e.getMessage() + "); run " + SCRIPT + " to fetch it again");
        }
    }

    /** No outlines, for a report whose map is left out on purpose. */
    static WorldAtlas none(String why) {
        return new WorldAtlas(null, List.of(), why);
    }

    public Path file() {
        return file;
    }

    /** Why there are no outlines, or null when there are. */
    public String problem() {
        return problem;
    }

    List<Outline> outlines() {
        return outlines;
    }
}
