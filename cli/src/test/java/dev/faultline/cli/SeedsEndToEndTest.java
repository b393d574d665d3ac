package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The spine's acceptance run on the five seed reports in ../shared/seeds (the whole analysis, so slow). */
@Tag("slow")
class SeedsEndToEndTest {
    static final List<String> DEBRIS = List.of("Print Friendly", "PDF & Email", "COMMENTS",
            "Please let us know if you're having issues with commenting", "Leave a Reply",
            "This entry was posted in", "Bookmark the permalink", "Your email address will not be published",
            "Akismet", "About Heshmat alavi", "He tweets at");

    @Test
    void analyzeStoresFiveArticlesWithTheManifestsOutletsAndDatesAndNoDebris(@TempDir Path dir) throws IOException {
        Path seeds = Shared.require("seeds");
        List<String> args = new ArrayList<>(List.of("analyze"));
        try (Stream<Path> files = Files.list(seeds)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        args.addAll(List.of("--manifest", seeds.resolve("manifest.csv").toString(), "--db", dir.resolve("x.duckdb").toString()));

        Cli first = Cli.run(args.toArray(String[]::new));
        assertThat(first.exit()).as(first.err()).isZero();
        Cli second = Cli.run(args.toArray(String[]::new));
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("5 unchanged");

        List<JsonNode> articles = Contract.lines(Cli.run("articles", "--db", dir.resolve("x.duckdb").toString(), "--format", "jsonl").out());
        assertThat(articles).hasSize(5);
        Map<String, String> outletByDate = articles.stream().collect(Collectors.toMap(
                a -> a.at("/path").asText().replaceAll(".*/", ""), a -> a.get("outlet").asText() + " " + a.at("/published/value").asText()));
        assertThat(outletByDate).containsEntry("000_1a08ffaba6b5815b.txt", "DEBKAfile 2018-09")
                .containsEntry("001_b3c371d5da8d2521.txt", "DEBKA Weekly 2016-05")
                .containsEntry("002_eba36e97efb30232.txt", "Breitbart 2019-02")
                .containsEntry("003_59948f7b3f7516a9.txt", "DEBKA Weekly 2019-03")
                .containsEntry("004_c7630da142b29633.txt", "Heshmat Alavi (blog) 2015-12");
        for (JsonNode a : articles) {
            assertThat(Contract.violations("article", a)).isEmpty();
            assertThat(a.at("/published/precision").asText()).isEqualTo("month");
            String text = a.get("text").asText();
            for (String debris : DEBRIS) {
                assertThat(text).as("%s keeps debris", a.get("path").asText()).doesNotContainIgnoringCase(debris);
            }
            assertThat(a.get("dropped")).as("what was dropped is kept, as offsets").isNotEmpty();
        }
        String blog = byFile(articles, "004_c7630da142b29633.txt").get("text").asText();
        assertThat(blog).contains("Iranian officials’ refusal to talk about his whereabouts").doesNotContain("political activist");
        assertThat(byFile(articles, "000_1a08ffaba6b5815b.txt").get("text").asText()).endsWith("opposite the Golan.");
    }

    static JsonNode byFile(List<JsonNode> articles, String name) {
        return articles.stream().filter(a -> a.get("path").asText().endsWith(name)).findFirst().orElseThrow();
    }
}
