package dev.faultline.store.duckdb;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.store.ClaimFixtures;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Fixtures;
import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static dev.faultline.store.ActorFixtures.IRAN;
import static dev.faultline.store.ActorFixtures.QUDS_FORCE;
import static dev.faultline.store.ActorFixtures.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A folder of Parquet datasets mirroring the store's tables (as a Spark run writes them: the tables of articles
 * partitioned by month, the others whole, and a run manifest), written here from a DuckDB store by DuckDB itself, opens
 * through {@code Stores.duckdb(folder)} (what {@code --db DIR} calls) as a read-only store that reads back what the DuckDB
 * store holds, and refuses writes with a message naming it.
 */
class ParquetFolderStoreTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfDatasetsReadsAsTheStoreItWasWrittenFromAndRefusesWrites() throws Exception {
        Path file = dir.resolve("source.duckdb");
        Article july = Fixtures.dated("Iranian forces moved north. The Quds Force followed.", Fixtures.day(2024, 7, 20));
        Article may = Fixtures.dated("Quds Force units gathered near the border in May.", Fixtures.month(2016, 5));
        Article undated = Fixtures.minimal("An undated report of Iran.");
        ForceClaim claim = ClaimFixtures.claim(july, "f1", 0, 8, IRAN, 5000, PartialDate.parse("2024-07").orElseThrow());
        try (Store s = Stores.duckdb(file)) {
            s.save(july, Fixtures.signature(1));
            s.save(may, Fixtures.signature(2));
            s.save(undated, Fixtures.signature(3));
            s.saveAnalysis(july.id(), "v1", List.of(mention(0, "Iranian", IRAN), mention(26, "The Quds Force", QUDS_FORCE)), List.of(), List.of(claim));
            s.saveAnalysis(may.id(), "v1", List.of(mention(0, "Quds Force", QUDS_FORCE)));
            s.saveLineHolders(Map.of("more news", List.of(july.id(), may.id())));
        }
        Path folder = dir.resolve("run");
        Files.createDirectories(folder);
        assertThatThrownBy(() -> Stores.duckdb(folder)).isInstanceOf(StoreException.class).hasMessageContaining("folder");
        writeDatasets(file, folder);
        assertThatThrownBy(() -> Stores.duckdb(folder)).isInstanceOf(StoreException.class).hasMessageContaining("run.json");
        Files.writeString(folder.resolve(ParquetFolderStores.RUN_MANIFEST), "{}");

        try (Store source = Stores.duckdb(file); Store parquet = Stores.duckdb(folder)) {
            assertThat(parquet.describe()).contains("Parquet", "read-only");
            assertThat(parquet.articles().toList()).containsExactlyElementsOf(source.articles().toList()).hasSize(3);
            assertThat(parquet.articleInfos().toList()).isEqualTo(source.articleInfos().toList());
            assertThat(parquet.signatures()).isEqualTo(source.signatures());
            assertThat(parquet.actorSummaries()).isEqualTo(source.actorSummaries()).isNotEmpty();
            for (ArticleId id : List.of(july.id(), may.id(), undated.id())) {
                assertThat(parquet.actorMentions(id)).isEqualTo(source.actorMentions(id));
                assertThat(parquet.analysis(id)).isEqualTo(source.analysis(id));
                assertThat(parquet.forceClaims(id)).isEqualTo(source.forceClaims(id));
            }
            assertThat(parquet.forceClaims(java.util.Optional.of("iran"))).containsExactly(claim);
            assertThat(parquet.events(EventQuery.all()).toList()).isEmpty();   // a dataset with no file reads as the empty table
            assertThat(parquet.lineHolders(List.of("more news"))).isEqualTo(source.lineHolders(List.of("more news")));
            assertThat(parquet.revision()).isEqualTo(parquet.revision());
            assertThatThrownBy(() -> parquet.save(Fixtures.minimal("new"), Fixtures.signature(4)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only").hasMessageContaining(folder.toString());
            assertThatThrownBy(() -> parquet.saveAnalysis(july.id(), "v2", List.of())).isInstanceOf(StoreException.class);
        }
        assertThat(Files.list(folder.resolve("articles")).map(p -> p.getFileName().toString()))
                .contains("month=2024-07", "month=2016-05", "month=undated");
    }

    /** Each table as a dataset, as the Spark job lays them out, by DuckDB's COPY (events has no rows, so no file). */
    private static void writeDatasets(Path file, Path folder) throws Exception {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties()); Statement s = c.createStatement()) {
            String month = "coalesce(strftime(a.published_start, '%Y-%m'), 'undated') AS month";
            for (DuckDbTables.Table t : DuckDbTables.schema()) {
                String to = folder.resolve(t.name()).toString();
                String select;
                if (t.name().equals("articles")) select = "SELECT t.*, " + month.replace("a.", "t.") + " FROM articles t";
                else if (t.column("article_id") >= 0) select = "SELECT t.*, " + month + " FROM " + t.name() + " t JOIN articles a ON a.id = t.article_id";
                else if (t.column("event_id") >= 0) select = "SELECT t.*, " + month + " FROM " + t.name()
                        + " t JOIN events e ON e.id = t.event_id JOIN articles a ON a.id = e.article_id";
                else select = null;
                if (select != null) {
                    s.execute("CREATE TEMP TABLE x AS " + select);
                    if (s.executeQuery("SELECT count(*) FROM x").next() && countOf(s) > 0) {
                        s.execute("COPY x TO '" + to + "' (FORMAT PARQUET, PARTITION_BY (month))");
                    }
                    s.execute("DROP TABLE x");
                } else {
                    Files.createDirectories(Path.of(to));
                    s.execute("COPY " + t.name() + " TO '" + to + "/part-0.parquet' (FORMAT PARQUET)");
                }
            }
        }
    }

    private static long countOf(Statement s) throws Exception {
        try (var rs = s.executeQuery("SELECT count(*) FROM x")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
