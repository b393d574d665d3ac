package dev.faultline.nlp.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark end to end on a tiny corpus written here (the naive stack is skipped: it takes ~30 s to load). */
@Tag("slow")
class LayerBenchTest {
    @Test
    void reportsThroughputForEachConfiguration(@TempDir Path dir) throws Exception {
        Path cnn = dir.resolve("cnn.jsonl");
        Files.writeString(cnn, """
                {"title": "One", "published": "2024-07-16 10:00:00", "text": "Rebels shelled Aleppo on Tuesday, Syrian officials said. About 200 people fled."}
                {"title": "Two", "published": "2024-07-17 10:00:00", "text": "President Joe Biden met Benjamin Netanyahu in Washington last week."}
                """, StandardCharsets.UTF_8);
        BenchOptions o = new BenchOptions(cnn, null, 0, 2, 0, 0, 2, 0, 2);
        BenchReport report = new LayerBench(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(o, "test");
        assertThat(report.results()).hasSize(2);
        ConfigResult layer = report.results().get(0);
        assertThat(layer.runs()).hasSize(2);
        assertThat(layer.runs().get(0).articles()).isEqualTo(2);
        assertThat(layer.runs().get(0).tokens()).isGreaterThan(20);
        assertThat(layer.medianArticlesPerSecond()).isPositive();
        assertThat(report.results().get(1).runs().get(0).parsedSentences()).isPositive();
        assertThat(report.markdown()).contains("| faultline layer | CNN | 2 |");
    }
}
