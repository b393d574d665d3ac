package dev.faultline.ingest.input;

import dev.faultline.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking folders: links followed once at most, and every file not read named once, with why. */
class InputWalkerTest {
    @TempDir
    Path dir;

    private WalkResult walk(Path manifest, Path... inputs) {
        return new InputWalker().walk(List.of(inputs), manifest);
    }

    private static List<Problem> about(WalkResult r, String name) {
        return r.problems().stream().filter(p -> Path.of(p.where()).getFileName().toString().equals(name)).toList();
    }

    @Test
    void aLinkBackUpTheTreeIsNamedOnceAndNotFollowed() throws IOException {
        Files.writeString(dir.resolve("report.txt"), "Title\n\nBody.");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("inner.txt"), "Title\n\nBody.");
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        Files.createSymbolicLink(sub.resolve("up"), Path.of(".."));

        WalkResult r = walk(null, dir);

        assertThat(r.files()).containsExactly(dir.resolve("report.txt"), sub.resolve("inner.txt"));
        assertThat(r.problems()).hasSize(2);
        assertThat(about(r, "self")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("a loop").doesNotContain("Exception");
        });
        assertThat(about(r, "up")).singleElement().satisfies(p -> assertThat(p.message()).contains("a loop"));
    }

    @Test
    void aLinkToAFolderElsewhereIsFollowedOnceAndASecondLinkToItIsNamed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("far.txt"), "Title\n\nBody.");
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.createSymbolicLink(inputs.resolve("a_link"), elsewhere);
        Files.createSymbolicLink(inputs.resolve("b_link"), elsewhere);
        Files.createSymbolicLink(inputs.resolve("c_same.txt"), elsewhere.resolve("far.txt"));

        WalkResult r = walk(null, inputs);

        assertThat(r.files()).containsExactly(inputs.resolve("a_link/far.txt"));
        assertThat(about(r, "b_link")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("not read again: the same folder as " + inputs.resolve("a_link") + ", already read"));
        assertThat(about(r, "c_same.txt")).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("not read again: the same file as " + inputs.resolve("a_link/far.txt")));
        assertThat(r.problems()).hasSize(2);
    }

    @Test
    void filesThatAreNoReportsAreNamedWithWhyButTheManifestIsNot() throws IOException {
        Files.writeString(dir.resolve("report.txt"), "Title\n\nBody.");
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet\nreport.txt,Wire\n");
        Files.writeString(dir.resolve("casualties.csv"), "date,killed\n2024-07-01,3\n");
        Files.writeString(dir.resolve("README.md"), "# notes");
        Files.createDirectories(dir.resolve(".git")).resolve("HEAD").toFile().createNewFile();

        WalkResult r = walk(dir.resolve("manifest.csv"), dir);

        assertThat(r.files()).containsExactly(dir.resolve("report.txt"));
        assertThat(about(r, "manifest.csv")).isEmpty();
        assertThat(about(r, "casualties.csv")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).startsWith("not read: a table (.csv), not a report");
        });
        assertThat(about(r, "README.md")).singleElement().satisfies(p -> assertThat(p.message()).contains("project document"));
        assertThat(about(r, ".git")).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("not read: a hidden folder"));
        assertThat(r.problems()).hasSize(3);
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "Title\n\nBody.");
        WalkResult r = walk(null, dir, report);
        assertThat(r.files()).containsExactly(report);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not read again"));
    }
}
