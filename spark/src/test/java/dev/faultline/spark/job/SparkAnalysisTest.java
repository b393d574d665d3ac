package dev.faultline.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.app.view.json.ClaimJson;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.spark.SharedSpark;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import dev.faultline.store.Store.StoredSignature;
import dev.faultline.store.StoreException;
import dev.faultline.store.adapters.Stores;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job against the command line on the same ~100 real reports (the five seeds with their manifest, and 95 CNN
 * items of July 2024 (short ones, for time) in three JSON Lines files, with an exact copy of one item under another title and a near copy of
 * another, each in another file than its original): the Parquet output, opened as a store the way {@code --db DIR}
 * opens it, holds the command line's articles (texts, dropped spans, originals), inputs, signatures, learnt lines,
 * analyses, mentions, events and force claims, and gives the same events, claims and relations as JSON; the datasets
 * are partitioned by month; the folder refuses writes; a second run writes the same rows.
 */
@Tag("slow")
class SparkAnalysisTest {
    static final int CNN_ITEMS = 95;
    /** Items shorter than this many characters, to keep the three analyses of the test quick. */
    static final int SHORT = 2500;

    @TempDir
    Path dir;

    @Test
    void sparkGivesTheCommandLinesStoreAndARerunTheSameDatasets() throws IOException {
        Path inputs = materialise(dir.resolve("reports"));
        Path manifest = inputs.resolve("manifest.csv");
        SparkSession spark = SharedSpark.session();
        String out = dir.resolve("out").toString();

        SparkAnalysis.Result result = SparkAnalysis.run(spark, new SparkAnalysis.Request(List.of(inputs), manifest, out, 3));
        assertThat(result.failures()).isEmpty();
        assertThat(result.counts()).containsEntry("reports_read", 102L).containsEntry("partitions", 3L);

        Snapshot cli;
        try (Store store = Stores.duckdb(dir.resolve("cli.duckdb"))) {
            IngestJob.Summary s = new IngestJob(Worker.ingest()).run(store, List.of(inputs), manifest, ProgressListener.none());
            new AnalysisJob(Worker.analyzer()).run(store, ProgressListener.none());
            assertThat(s.nearDuplicates()).isGreaterThanOrEqualTo(1);
            cli = Snapshot.of(store);
        }
        Snapshot sparks;
        try (Store store = Stores.duckdb(Path.of(out))) {
            sparks = Snapshot.of(store);
            assertThatThrownBy(() -> store.saveAnalysis(sparks.articles().get(0).id(), "x", List.of()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
        // the copies: the exact one is one article, kept from the source first in path order (so not under the copy's
        // title, which a later file holds), the near one a copy of its original
        assertThat(cli.articles()).hasSizeGreaterThan(90).extracting(Article::title).doesNotContain("A copy under another headline");
        assertThat(cli.articles()).filteredOn(a -> "Syndicated".equals(a.title())).singleElement()
                .satisfies(a -> assertThat(a.duplicateOf()).isNotNull());
        assertThat(cli.events()).hasSizeGreaterThan(100);
        assertThat(sparks.articles()).containsExactlyElementsOf(cli.articles());
        assertThat(sparks.views()).isEqualTo(cli.views());
        assertThat(sparks).isEqualTo(cli);
        assertThat(result.counts()).containsEntry("articles", (long) cli.articles().size())
                .containsEntry("rows.events", (long) cli.events().size());
        try (Stream<Path> months = Files.list(Path.of(out, "articles"))) {
            assertThat(months.map(p -> p.getFileName().toString())).contains("month=2024-07", "month=2018-09");
        }

        Map<String, List<String>> first = datasets(spark, out);
        SparkAnalysis.run(spark, new SparkAnalysis.Request(List.of(inputs), manifest, out, 2));
        assertThat(datasets(spark, out)).isEqualTo(first);
    }

    /** Every dataset's rows, sorted, as text. */
    private static Map<String, List<String>> datasets(SparkSession spark, String out) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (var t : Datasets.ofStore().tables()) {
            // an empty dataset is a folder without Parquet files, whose schema Spark cannot infer: no rows
            boolean empty;
            try (Stream<Path> files = Files.walk(Path.of(out, t.name()))) {
                empty = files.noneMatch(f -> f.toString().endsWith(".parquet"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            rows.put(t.name(), empty ? List.of()
                    : spark.read().parquet(out + "/" + t.name()).collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return rows;
    }

    /** What a store holds, in comparable form, and the events, claims and relations as the commands print them. */
    record Snapshot(List<Article> articles, Map<ArticleId, Optional<RawReport>> inputs, List<StoredSignature> signatures,
                    Map<String, List<ArticleId>> lineHolders, Map<ArticleId, Optional<String>> analyses,
                    Map<ArticleId, List<ActorMention>> mentions, List<CodedEvent> events, List<ForceClaim> forces, List<String> views) {

        static Snapshot of(Store store) {
            List<Article> articles = store.articles().toList();
            Set<String> keys = new LinkedHashSet<>();
            Map<ArticleId, Optional<RawReport>> inputs = new TreeMap<>();
            Map<ArticleId, Optional<String>> analyses = new TreeMap<>();
            Map<ArticleId, List<ActorMention>> mentions = new TreeMap<>();
            List<ForceClaim> forces = new ArrayList<>();
            for (Article a : articles) {
                keys.addAll(BoilerplateIndex.keysOf(a.rawText()));
                inputs.put(a.id(), store.input(a.id()));
                analyses.put(a.id(), store.analysis(a.id()));
                mentions.put(a.id(), store.actorMentions(a.id()));
                forces.addAll(store.forceClaims(a.id()));
            }
            CorpusModel m = CorpusModel.read(store, CorpusSettings.defaults());
            List<String> views = new ArrayList<>();
            for (CodedEvent e : m.events()) views.add(EventJson.event(e, m.outlet(e.article()), m.assessment(e.id())).toString());
            for (CodedEvent e : m.events()) views.add(ClaimJson.event(e, m.article(e.article()), m.assessment(e.id())).toString());
            for (ForceClaim f : m.forces()) views.add(ClaimJson.force(f, m.article(f.article()), m.assessment(f.id())).toString());
            m.alliance().relations().forEach(r -> views.add(RelationJson.relation(r).toString()));
            return new Snapshot(articles, inputs, store.signatures(), new TreeMap<>(store.lineHolders(keys)), analyses, mentions,
                    store.events(EventQuery.all()).toList(), forces, views);
        }
    }

    /**
     * The seeds with their manifest, and CNN items (the corpus's first 95 under 2,500 characters) as three JSON Lines files; the fourth
     * file holds an exact copy of the first item under another title and a near copy of the second (a sentence added).
     */
    private static Path materialise(Path to) throws IOException {
        String base = System.getProperty("faultline.shared", "../shared");
        Path seeds = Path.of(base, "seeds"), cnn = Path.of(base, "corpora", "cnn_2024-07-16_2024-08-01.jsonl");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(cnn), "skipped: ../shared's seeds and CNN corpus are absent");
        Files.createDirectories(to);
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt|manifest\\.csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(cnn, StandardCharsets.UTF_8);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; items.size() < CNN_ITEMS; i++) {
            JsonNode item = json.readTree(lines.get(i));
            if (item.get("text").asText().length() >= SHORT) continue;
            ObjectNode o = json.createObjectNode();
            o.put("title", item.get("title").asText());
            o.put("published", item.get("published").asText().substring(0, 10));
            o.put("outlet", "CNN");
            o.put("text", item.get("text").asText());
            items.add(o);
        }
        for (int f = 0; f < 3; f++) {
            StringBuilder out = new StringBuilder();
            for (int i = f; i < items.size(); i += 3) out.append(json.writeValueAsString(items.get(i))).append('\n');
            Files.writeString(to.resolve("cnn-" + f + ".jsonl"), out, StandardCharsets.UTF_8);
        }
        ObjectNode exact = items.get(0).deepCopy().put("title", "A copy under another headline");
        ObjectNode near = items.get(1).deepCopy().put("title", "Syndicated").put("published", "2024-08-01");
        near.put("text", near.get("text").asText() + "\n\nThe agency contributed to this report.");
        Files.writeString(to.resolve("z-copies.jsonl"), json.writeValueAsString(exact) + "\n" + json.writeValueAsString(near) + "\n",
                StandardCharsets.UTF_8);
        return to;
    }
}
