package dev.faultline.cli;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code ../shared} folder beside the project (CI has it; a user's clone may not). */
final class Shared {
    private Shared() {}

    static Path require(String sub) {
        String base = System.getProperty("faultline.shared", "../shared");
        Path p = Path.of(base).resolve(sub).normalize();
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + p + " is absent (../shared is only beside CI and developers' clones)");
        return p;
    }

    static Path project() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("examples")) ? here : here.getParent();
    }
}
