package dev.faultline.ingest.manifest;

import dev.faultline.domain.Problem;

import java.util.List;

/** A parsed manifest with the problems found in it (bad rows, or a manifest that could not be used at all). */
public record ManifestResult(Manifest manifest, List<Problem> problems) {
    public ManifestResult {
        problems = List.copyOf(problems);
    }
}
