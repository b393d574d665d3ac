package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command, end to end, on the team's own example reports. */
class ExamplesEndToEndTest {
    private final Path examples = Shared.project().resolve("examples");

    @Test
    @Tag("slow")
    void analyzeStoresEveryExampleReportOnceAndIsIdempotent(@TempDir Path dir) {
        String db = dir.resolve("f.duckdb").toString();
        String[] args = {"analyze", examples.resolve("reports").toString(),
                "--manifest", examples.resolve("manifest.csv").toString(), "--db", db};

        Cli first = Cli.run(args);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Stored 6 articles").contains("6 new")
                .contains("Analysed:  6 articles").containsPattern("Actors: +[1-9]");

        Cli again = Cli.run(args);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Stored 6 articles").contains("0 new").contains("6 unchanged")
                .contains("Analysed:  0 articles (6 already up to date)");
        List<JsonNode> actors = Contract.lines(Cli.run("actors", "--db", db, "--format", "jsonl").out());
        assertThat(actors).extracting(a -> a.at("/actor/id").asText()).contains("hezbollah", "quds-force", "russia");

        List<JsonNode> articles = Contract.lines(Cli.run("articles", "--db", db, "--format", "jsonl").out());
        assertThat(articles).hasSize(6);
        for (JsonNode a : articles) {
            assertThat(Contract.violations("article", a)).as(a.toString()).isEmpty();
        }
    }

    @Test
    void manifestAndFileMetadataReachTheArticles(@TempDir Path dir) {
        String db = dir.resolve("f.duckdb").toString();
        Cli.run("ingest", examples.resolve("reports").toString(), "--manifest", examples.resolve("manifest.csv").toString(), "--db", db);
        List<JsonNode> articles = Contract.lines(Cli.run("articles", "--db", db, "--format", "jsonl").out());

        JsonNode txt = byTitle(articles, "Militias clash with Syrian army units near Deir ez-Zor");
        assertThat(txt.get("outlet").asText()).isEqualTo("Levant Monitor");
        assertThat(txt.at("/published/value").asText()).isEqualTo("2018-09-14");
        assertThat(txt.at("/published/estimated").asBoolean()).isFalse();
        assertThat(txt.get("text").asText()).contains("Russian military police")
                .doesNotContain("Share this article").doesNotContain("Comments (4)");

        JsonNode html = byTitle(articles, "Israeli jets strike Iranian positions south of Damascus");
        assertThat(html.at("/published/value").asText()).as("the manifest's month wins over the page's day").isEqualTo("2019-01");
        assertThat(html.at("/published/precision").asText()).isEqualTo("month");
        assertThat(html.get("text").asText()).contains("Quds Force")
                .doesNotContain("window.tracking").doesNotContain("Related stories").doesNotContain("Leave a reply")
                .doesNotContain("Share on Facebook");

        JsonNode feedItem = byTitle(articles, "Russia and Turkey agree on joint patrols in Idlib");
        assertThat(feedItem.get("format").asText()).isEqualTo("feed");
        assertThat(feedItem.at("/published/value").asText()).isEqualTo("2019-03-08");
        assertThat(feedItem.get("text").asText()).doesNotContain("<p>");

        JsonNode jsonl = byTitle(articles, "Iraqi PMF units redeploy to the Syrian border");
        assertThat(jsonl.get("outlet").asText()).isEqualTo("Frontline Wire");
        assertThat(jsonl.get("url").asText()).endsWith("/a/1037");
    }

    @Test
    void articlesTableShowsOneRowPerArticle(@TempDir Path dir) {
        String db = dir.resolve("f.duckdb").toString();
        Cli.run("ingest", examples.resolve("reports").toString(), "--db", db);
        Cli table = Cli.run("articles", "--db", db);
        assertThat(table.exit()).isZero();
        assertThat(table.out().lines()).hasSize(2 + 6);
        assertThat(table.out()).contains("Hezbollah pulls fighters back");
    }

    @Test
    void actorsBeforeAnyAnalysisSaysWhatToDo(@TempDir Path dir) {
        String db = dir.resolve("f.duckdb").toString();
        Cli.run("ingest", examples.resolve("reports").toString(), "--db", db);
        Cli table = Cli.run("actors", "--db", db);
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("No actors stored yet").contains("faultline analyze");
        assertThat(Cli.run("actors", "--db", db, "--format", "jsonl").out()).isEmpty();
    }

    static JsonNode byTitle(List<JsonNode> articles, String title) {
        return articles.stream().filter(a -> title.equals(a.get("title").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled '" + title + "' in " + articles.stream().map(a -> a.get("title").asText()).toList()));
    }
}
