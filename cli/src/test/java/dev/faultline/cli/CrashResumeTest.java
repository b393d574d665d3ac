package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.adapters.StoreLocation;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code faultline analyze} child process over real reports (twenty CNN items), killed with SIGKILL at random
 * points of its analysis, then run again: the resumed store equals a clean run's (articles and their originals,
 * analyses, event ids and counts), and nothing is lost or stored twice. While the child writes, this test reads the
 * store from its own process (a reader gets in between the writer's saves), which is also how it finds its kill points.
 */
@Tag("slow")
class CrashResumeTest {
    private static final int ITEMS = 20;

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidAnalysisAndResumedEndsWithTheCleanRunsStore() throws Exception {
        Path reports = materialise(dir.resolve("reports"));
        Path clean = dir.resolve("clean.duckdb"), crashed = dir.resolve("crashed.duckdb");

        assertThat(analyze(reports, clean).waitFor(10, TimeUnit.MINUTES)).isTrue();
        Snapshot expected = snapshot(clean);
        assertThat(expected.analysed()).isGreaterThanOrEqualTo(ITEMS - 2);
        assertThat(expected.events()).hasSizeGreaterThan(20);

        Random random = new Random(20);
        List<Integer> killedAt = new ArrayList<>();
        for (int kill = 0; kill < 2; kill++) {
            Process child = analyze(reports, crashed);
            int target = 1 + kill * (ITEMS / 3) + random.nextInt(ITEMS / 3);
            int seen = -1;
            while (child.isAlive()) {
                seen = analysedSoFar(crashed).orElse(seen);
                if (seen >= target) break;
                Thread.sleep(100);
            }
            assertThat(child.isAlive()).as("the child is still analysing when it is killed (it had analysed %d)", seen).isTrue();
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no close
            child.waitFor(1, TimeUnit.MINUTES);
            killedAt.add(seen);
        }
        Snapshot partial = snapshot(crashed);
        assertThat(partial.analysed()).as("kept from the killed runs (killed after %s analyses)", killedAt)
                .isGreaterThanOrEqualTo(killedAt.get(killedAt.size() - 1)).isLessThan(expected.analysed());

        Process resumed = analyze(reports, crashed);
        assertThat(resumed.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(resumed.exitValue()).isEqualTo(Faultline.OK);
        assertThat(snapshot(crashed)).isEqualTo(expected);
    }

    /** A child {@code faultline analyze}, its output in a file beside the store. */
    private Process analyze(Path reports, Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"), Faultline.class.getName(),
                "analyze", reports.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(db + ".log").toFile())).start();
    }

    /** How many articles the store holds an analysis of, read while the child writes; empty when it cannot be read now. */
    private static Optional<Integer> analysedSoFar(Path db) {
        if (!Files.exists(db)) return Optional.empty();
        try (Store s = Stores.open(new StoreLocation.DuckDbFile(db), Stores.Access.READ, Duration.ofMillis(500))) {
            int n = 0;
            for (ArticleInfo a : s.articleInfos().toList()) if (s.analysis(a.id()).isPresent()) n++;
            return Optional.of(n);
        } catch (StoreException e) {
            return Optional.empty();   // the writer holds the file just now, or has not made its schema yet
        }
    }

    record Snapshot(Map<String, String> originals, int analysed, List<String> events, int mentions) {}

    private static Snapshot snapshot(Path db) {
        try (Store s = Stores.duckdb(db)) {
            Map<String, String> originals = new TreeMap<>();
            int analysed = 0, mentions = 0;
            for (ArticleInfo a : s.articleInfos().toList()) {
                originals.put(a.id().value(), a.duplicateOf() == null ? "" : a.duplicateOf().value());
                if (s.analysis(a.id()).isPresent()) analysed++;
                mentions += s.actorMentions(a.id()).size();
            }
            List<String> events = s.events(EventQuery.all()).map(CodedEvent::id).sorted().toList();
            return new Snapshot(originals, analysed, events, mentions);
        }
    }

    private static Path materialise(Path to) throws IOException {
        Path cnn = Shared.require("corpora/cnn_2024-07-16_2024-08-01.jsonl");
        Files.createDirectories(to);
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : Files.readAllLines(cnn, StandardCharsets.UTF_8)) {
            JsonNode item = json.readTree(line);
            String text = item.path("text").asText("");
            if (text.length() < 1500 || text.length() > 6000) continue;   // whole stories, none too long to analyse quickly
            ObjectNode o = json.createObjectNode();
            o.put("title", item.get("title").asText());
            o.put("published", item.get("published").asText().substring(0, 10));
            o.put("outlet", "CNN");
            o.put("text", text);
            out.append(json.writeValueAsString(o)).append('\n');
            if (++n == ITEMS) break;
        }
        Files.writeString(to.resolve("cnn.jsonl"), out, StandardCharsets.UTF_8);
        return to;
    }
}
