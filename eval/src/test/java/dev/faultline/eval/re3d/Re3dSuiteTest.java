package dev.faultline.eval.re3d;

import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Re3dSuiteTest {
    static final String TEXT = "Russian jets struck Idlib on Monday, the Syrian Observatory said.";

    static Re3dDocument doc() {
        return new Re3dDocument("d1", "test", "t", TEXT, List.of(
                new Re3dDocument.Entity("Nationality", 0, 7, "Russian"),
                new Re3dDocument.Entity("Location", 20, 25, "Idlib"),
                new Re3dDocument.Entity("Temporal", 29, 35, "Monday"),
                new Re3dDocument.Entity("Organisation", 37, 57, "the Syrian Observatory")), List.of());
    }

    @Test
    void overlapCountsForRecallAndPrecisionPerType() {
        EvalReport r = Re3dSuite.run(List.of(doc()), d -> List.of(
                new Re3dDocument.Entity("Nationality", 0, 7, null),
                new Re3dDocument.Entity("Location", 22, 30, null),
                new Re3dDocument.Entity("Location", 41, 47, null),
                new Re3dDocument.Entity("Person", 50, 57, null)));
        assertThat(r.metrics().get("entities_f1.Nationality")).isEqualTo(1.0);
        assertThat(r.metrics().get("entities_f1.Location")).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
        assertThat(r.metrics().get("entities_f1.Temporal")).isZero();
        assertThat(r.metrics().get("entities_f1.Weapon")).isNaN();
        assertThat(r.metrics().get("entities_f1")).isCloseTo(2 * 0.5 * 0.5, within(1e-9));
        assertThat(r.cases().get(0).get("missed").toString()).contains("Temporal: Monday");
        assertThat(r.cases().get(0).get("spurious").toString()).contains("Location: Syrian");
        assertThat(r.cases().get(0).get("expected")).hasSize(4);
        assertThat(r.cases().get(0).get("expected").toString()).contains("Organisation: the Syrian Observatory");
        assertThat(r.cases().get(0).get("produced")).hasSize(4);
        assertThat(r.cases().get(0).get("produced").toString()).contains("Person: servato", "Location: lib on M");
    }

    @Test
    void readsTheGoldFoldersWithTheirByteOrderMark(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("wire"));
        Files.writeString(src.resolve("documents.json"), "\uFEFF{\"_id\": \"A\", \"sourceName\": \"Wire\", \"title\": \"T\", \"text\": \"" + TEXT + "\"}\n");
        Files.writeString(src.resolve("entities.json"), "{\"documentId\": \"A\", \"begin\": 20, \"end\": 25, \"type\": \"Location\", \"value\": \"Idlib\"}\n");
        List<Re3dDocument> docs = Re3dCorpus.read(dir);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).entities()).containsExactly(new Re3dDocument.Entity("Location", 20, 25, "Idlib"));
    }

    @Test
    void readsTheSharedDevelopmentHalf() throws IOException {
        Path re3d = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("eval/re3d");
        Assumptions.assumeTrue(Files.isDirectory(re3d), "skipped: ../shared/eval/re3d is absent");
        List<Re3dDocument> docs = Re3dCorpus.read(re3d);
        assertThat(docs).hasSizeGreaterThan(10);
        long all = 0, same = 0;
        for (Re3dDocument d : docs) {
            for (Re3dDocument.Entity e : d.entities()) {
                all++;
                if (d.text().substring(e.begin(), e.end()).equals(e.value())) same++;
            }
        }
        // The gold has a few values whose quotes or line breaks differ from the text; offsets are right.
        assertThat((double) same / all).as("offsets index the text").isGreaterThan(0.99);
    }
}
