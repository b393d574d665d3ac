package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's main job on PostgreSQL through `--db-url`, in a schema of its own on the server
 * FAULTLINE_PG_URL names (CI's .ci/run starts one and sets it; the store module's contract tests
 * cover PostgreSQL without it).
 */
@Tag("slow")
class PostgresEndToEndTest {
    @Test
    void analyzeThenListArticlesAndActorsOnPostgres() throws SQLException {
        String url = System.getenv("FAULTLINE_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "FAULTLINE_PG_URL is unset");
        String schema = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, "CREATE SCHEMA " + schema);
        try {
            String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            var examples = Shared.project().resolve("examples");
            String[] args = {"analyze", examples.resolve("reports").toString(), "--manifest",
                    examples.resolve("manifest.csv").toString(), "--db-url", db};
            Cli first = Cli.run(args);
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("PostgreSQL").contains("Analysed:  6 articles");
            Cli again = Cli.run(args);
            assertThat(again.out()).contains("6 unchanged").contains("Analysed:  0 articles (6 already up to date)");

            assertThat(Contract.lines(Cli.run("articles", "--db-url", db, "--format", "jsonl").out())).hasSize(6);
            List<JsonNode> actors = Contract.lines(Cli.run("actors", "--db-url", db, "--format", "jsonl").out());
            assertThat(actors).extracting(a -> a.at("/actor/id").asText()).contains("hezbollah", "quds-force");
            assertThat(actors).allSatisfy(a -> assertThat(Contract.violations("actor", a)).isEmpty());
        } finally {
            execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
