package dev.faultline.ingest.manifest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.faultline.ingest.fuzz.Checks;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest parser under Jazzer (see ReadersFuzzTest for the two modes). */
class ManifestFuzzTest {
    private static final Path WHERE = Path.of("fuzz", "manifest.csv");

    @FuzzTest(maxDuration = "12m")
    void manifest(byte[] input) {
        ManifestResult r = new ManifestParser().parse(WHERE, input);
        assertThat(r.manifest().entries().size() + r.problems().size()).as("a manifest gives rows or a named problem").isPositive();
        Checks.wellFormed(r.problems());
        r.manifest().entries().forEach(e -> r.manifest().entryFor(WHERE.resolveSibling("x.txt")));
    }
}
