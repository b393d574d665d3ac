package dev.faultline.ingest.manifest;

import java.util.Objects;

/**
 * One manifest row. {@code file} is as written in the manifest (a path relative to the manifest's
 * folder, or a bare file name); other fields are null when the row leaves them empty.
 * {@code published} has already been checked to be {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record ManifestEntry(int row, String file, String url, String outlet, String published, String title) {
    public ManifestEntry {
        Objects.requireNonNull(file, "file");
    }
}
