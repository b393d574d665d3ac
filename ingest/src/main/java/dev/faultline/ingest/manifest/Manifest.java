package dev.faultline.ingest.manifest;

import dev.faultline.domain.RawReport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed manifest rows, looked up by input file. A row matches a file by its path relative to the
 * manifest's folder; failing that, by file name alone (the first row with that name), so a manifest
 * still works when the user points at the files from elsewhere.
 */
public final class Manifest {
    private final Path folder;
    private final List<ManifestEntry> entries;
    private final Map<String, ManifestEntry> byRelativePath = new HashMap<>();
    private final Map<String, ManifestEntry> byName = new HashMap<>();

    public Manifest(Path manifestFile, List<ManifestEntry> entries) {
        Path parent = manifestFile.toAbsolutePath().normalize().getParent();
        this.folder = parent;
        this.entries = List.copyOf(entries);
        for (ManifestEntry e : this.entries) {
            byRelativePath.putIfAbsent(normalize(e.file()), e);
            String name = normalize(e.file());
            byName.putIfAbsent(name.substring(name.lastIndexOf('/') + 1), e);
        }
    }

    public static Manifest empty() {
        return new Manifest(Path.of("manifest.csv"), List.of());
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    public Optional<ManifestEntry> entryFor(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (folder != null && abs.startsWith(folder)) {
            ManifestEntry e = byRelativePath.get(normalize(folder.relativize(abs).toString()));
            if (e != null) return Optional.of(e);
        }
        return Optional.ofNullable(byName.get(abs.getFileName().toString()));
    }

    /** The report with the row's non-empty values in place of the file's own. */
    public static RawReport apply(ManifestEntry e, RawReport r) {
        return r.withMetadata(or(e.title(), r.title()), or(e.url(), r.url()), or(e.outlet(), r.outlet()),
                or(e.published(), r.published()));
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String normalize(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return p;
    }
}
