package dev.faultline.ingest.input;

import dev.faultline.domain.Article;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {
    @Test
    void removesControlsButKeepsLineBreaksAndTabsWithAWarning() {
        RawReport r = new RawReport(new Source("feed.jsonl", Source.Format.JSONL, 3), "Title\u0000",
                "Line\u0000 one\u0007\n\tLine two\r\n\u009fend", null, null, null, List.of());
        RawReport clean = ControlCharacters.strip(r);
        assertThat(clean.body()).isEqualTo("Line one\n\tLine two\r\nend");
        assertThat(clean.title()).isEqualTo("Title");
        assertThat(clean.problems()).extracting(Problem::message).containsExactly("removed 4 control characters (NUL and the like)");
    }

    @Test
    void leavesCleanReportsAlone() {
        RawReport r = new RawReport(new Source("a.txt", Source.Format.TEXT, 0), null, "Clean text.\n", null, null, null, List.of());
        assertThat(ControlCharacters.strip(r)).isSameAs(r);
    }

    @Test
    void escapedNulInJsonLinesNeverReachesTheArticle(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, "{\"title\": \"Convoy hit\", \"text\": \"A convoy was hit near Palmyra on Monday,\\u0000 officials said. "
                + "Two trucks burned and the road was closed for several hours while crews cleared the wreckage.\"}\n");
        Ingest.Batch batch = Ingest.withDefaults().read(List.of(f), null, ProgressListener.none());
        assertThat(batch.articles()).hasSize(1);
        Article a = batch.articles().get(0);
        assertThat(a.text()).doesNotContain("\u0000").contains("Monday, officials said");
        assertThat(a.problems()).extracting(Problem::message).anyMatch(m -> m.startsWith("removed 1 control character"));
    }
}
