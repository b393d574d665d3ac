package dev.faultline.app.job;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.ingest.Ingest;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job on a real DuckDB store, one report at a time as a server receives them. */
class IngestJobTest {
    private static final String FOOTER = "Reporting by the Tribune desk";

    @TempDir
    Path dir;

    private static RawReport report(int i) {
        return new RawReport(new Source("wire/" + i + ".txt", Source.Format.TEXT, 0), "Story " + i,
                "Fighting was reported near town number " + i + " on Monday, officials said.\n\n"
                        + "Residents of town " + i + " fled north as the shelling went on.\n\n" + FOOTER, null, "Tribune", "2024-07-1" + i,
                List.of());
    }

    @Test
    void whenALineBecomesBoilerplateTheReportsThatHeldItAreCleanedAgainAndTheirAnalysisDiscarded() {
        IngestJob job = new IngestJob(Ingest.withDefaults());
        try (Store store = Stores.duckdb(dir.resolve("one.duckdb"))) {
            IngestJob.Summary first = job.ingest(store, List.of(report(1)));
            job.ingest(store, List.of(report(2)));
            ArticleId one = first.articles().get(0).id();
            assertThat(store.article(one).orElseThrow().text()).contains(FOOTER);
            store.saveAnalysis(one, "v1", List.of());
            assertThat(store.analysis(one)).contains("v1");

            IngestJob.Summary third = job.ingest(store, List.of(report(3)));

            assertThat(third.recleaned()).isEqualTo(2);
            assertThat(third.describe("the store")).contains("2 stored articles cleaned again");
            for (Article a : store.articles().toList()) {
                assertThat(a.text()).as(a.source().path()).doesNotContain(FOOTER);
                assertThat(a.dropped()).extracting(Span::reason).contains("recurs in 3 reports of the batch");
            }
            assertThat(store.analysis(one)).as("another text voids the analysis").isEmpty();

            IngestJob.Summary again = job.ingest(store, List.of(report(1), report(2), report(3)));
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(again.recleaned()).isZero();
        }
    }

    @Test
    void oneReportAtATimeStoresWhatOneBatchStores() {
        IngestJob job = new IngestJob(Ingest.withDefaults());
        List<RawReport> reports = List.of(report(3), report(1), report(4), report(2));
        try (Store batch = Stores.duckdb(dir.resolve("batch.duckdb")); Store single = Stores.duckdb(dir.resolve("single.duckdb"))) {
            job.ingest(batch, reports);
            for (RawReport r : reports) job.ingest(single, List.of(r));
            assertThat(single.articles().toList()).isEqualTo(batch.articles().toList()).hasSize(4);
            for (Article a : batch.articles().toList()) assertThat(single.input(a.id())).isEqualTo(batch.input(a.id())).isPresent();
            assertThat(single.signatures()).isEqualTo(batch.signatures());
        }
    }

    @Test
    void theSameTextFromTwoFilesIsOneArticleFromTheFirstFileWhateverTheOrderAndTheCountsAreTheStores() {
        RawReport a = new RawReport(new Source("a/copy.txt", Source.Format.TEXT, 0), null, "Shelling hit the town on Monday, residents said.",
                null, null, null, List.of());
        RawReport b = new RawReport(new Source("b/copy.txt", Source.Format.TEXT, 0), null, a.body(), null, null, null, List.of());
        IngestJob job = new IngestJob(Ingest.withDefaults());
        try (Store ab = Stores.duckdb(dir.resolve("ab.duckdb")); Store ba = Stores.duckdb(dir.resolve("ba.duckdb"));
             Store apart = Stores.duckdb(dir.resolve("apart.duckdb"))) {
            IngestJob.Summary first = job.ingest(ab, List.of(a, b));
            job.ingest(ba, List.of(b, a));
            job.ingest(apart, List.of(b));
            job.ingest(apart, List.of(a));
            assertThat(first.stored()).isEqualTo(ab.articleCount()).isEqualTo(1);
            assertThat(first.problems()).extracting(Object::toString).contains("b/copy.txt: the same text as a/copy.txt, stored once as that");
            for (Store s : List.of(ab, ba, apart)) assertThat(s.articles().toList()).isEqualTo(ab.articles().toList());
            assertThat(ab.articles().toList().get(0).source().path()).isEqualTo("a/copy.txt");

            long revision = ab.revision();
            IngestJob.Summary again = job.ingest(ab, List.of(b, a));
            IngestJob.Summary alone = job.ingest(ab, List.of(b));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.inserted() + again.updated() + alone.inserted() + alone.updated()).isZero();
            assertThat(ab.revision()).isEqualTo(revision);
        }
    }
}
