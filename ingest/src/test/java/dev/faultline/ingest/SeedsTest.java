package dev.faultline.ingest;

import dev.faultline.domain.Article;
import dev.faultline.domain.DatePrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The five seed reports, read from ../shared (never copied into the project). */
class SeedsTest {
    /** The page debris the seeds are known to carry, as line prefixes. */
    private static final List<String> DEBRIS = List.of("Print Friendly, PDF & Email", "COMMENTS",
            "Please let us know if you're having issues with commenting", "Leave a Reply",
            "Your email address will not be published", "This site uses Akismet", "This entry was posted in",
            "Heshmat Alavi is a political activist", "About Heshmat alavi", "Heshmat alavi is an Iranian Resistance Activist");

    private static Path seeds;
    private static Ingest.Batch batch;

    @BeforeAll
    static void read() {
        String shared = System.getProperty("faultline.shared", "../shared");
        seeds = Path.of(shared, "seeds");
        assumeTrue(Files.isDirectory(seeds), "shared/seeds is absent (" + seeds.toAbsolutePath() + "): seed tests skipped");
        batch = Ingest.withDefaults().read(List.of(seeds), seeds.resolve("manifest.csv"), ProgressListener.none());
    }

    @Test
    void readsFiveEnglishArticlesWithTheManifestsOutletsAndMonths() {
        assertThat(batch.articles()).hasSize(5);
        assertThat(batch.inputsRead()).isEqualTo(5);
        assertThat(batch.inputsSkipped()).isZero();
        Map<String, Article> byFile = batch.articles().stream()
                .collect(Collectors.toMap(a -> Path.of(a.source().path()).getFileName().toString(), a -> a));
        assertThat(byFile.get("000_1a08ffaba6b5815b.txt").outlet()).isEqualTo("DEBKAfile");
        assertThat(byFile.get("000_1a08ffaba6b5815b.txt").published().date().value()).isEqualTo("2018-09");
        assertThat(byFile.get("001_b3c371d5da8d2521.txt").outlet()).isEqualTo("DEBKA Weekly");
        assertThat(byFile.get("001_b3c371d5da8d2521.txt").published().date().value()).isEqualTo("2016-05");
        assertThat(byFile.get("002_eba36e97efb30232.txt").outlet()).isEqualTo("Breitbart");
        assertThat(byFile.get("002_eba36e97efb30232.txt").published().date().value()).isEqualTo("2019-02");
        assertThat(byFile.get("003_59948f7b3f7516a9.txt").published().date().value()).isEqualTo("2019-03");
        assertThat(byFile.get("004_c7630da142b29633.txt").outlet()).isEqualTo("Heshmat Alavi (blog)");
        assertThat(byFile.get("004_c7630da142b29633.txt").published().date().value()).isEqualTo("2015-12");
        for (Article a : batch.articles()) {
            assertThat(a.published().estimated()).isFalse();
            assertThat(a.published().date().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.title()).isNotBlank();
        }
        assertThat(batch.problems()).singleElement().satisfies(p -> {    // the seeds' README, named as passed over
            assertThat(p.severity()).isEqualTo(dev.faultline.domain.Problem.Severity.WARNING);
            assertThat(p.where()).endsWith("README.md");
        });
    }

    @Test
    void noCleanTextHoldsPageDebris() {
        for (Article a : batch.articles()) {
            for (String debris : DEBRIS) {
                assertThat(a.text()).as(a.source().path()).doesNotContain(debris);
            }
            assertThat(a.dropped()).as(a.source().path()).isNotEmpty();
            for (var span : a.dropped()) {
                assertThat(a.rawText().substring(span.start(), span.end())).isNotBlank();
            }
        }
    }

    @Test
    void everyRealParagraphSurvivesIntact() throws IOException {
        for (Article a : batch.articles()) {
            List<String> lines = Files.readAllLines(Path.of(a.source().path()), StandardCharsets.UTF_8);
            String text = squash(a.text());
            String raw = a.rawText();
            List<String> pictures = a.dropped().stream().filter(d -> d.reason().startsWith("photo "))
                    .map(d -> squash(raw.substring(d.start(), d.end()))).toList();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || DEBRIS.stream().anyMatch(d -> line.strip().startsWith(d))) continue;
                if (pictures.stream().anyMatch(p -> p.contains(squash(line)))) continue; // a photo caption or credit
                assertThat(text).as(a.source().path()).contains(squash(line));
            }
        }
    }

    private static String squash(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
