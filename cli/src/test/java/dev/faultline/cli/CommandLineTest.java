package dev.faultline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "ingest", "articles", "actors", "events", "claims", "forces"})
    void everyCommandHasHelp(String command) {
        Cli r = Cli.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: faultline " + command).contains("--db").contains("--help");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Cli r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("analyze", "ingest", "articles", "actors", "events", "claims", "forces", "eval", "bench");
    }

    @ParameterizedTest
    @ValueSource(strings = {"events", "claims", "forces"})
    void credibilityCommandsTakeAnOutletGradesFile(String command) {
        assertThat(Cli.run(command, "--help").out()).contains("--outlet-grades=FILE");
    }

    @Test
    void badUsageExitsWithTwoAndOneLineOnStderr() {
        Cli r = Cli.run("articles", "--format", "xml");
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
        assertThat(r.err()).contains("--format").contains("xml");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void ingestWithoutPathsIsBadUsage() {
        assertThat(Cli.run("ingest").exit()).isEqualTo(Faultline.USAGE);
    }

    @Test
    void dbAndDbUrlAreExclusive(@TempDir Path dir) {
        Cli r = Cli.run("articles", "--db", dir.resolve("x.duckdb").toString(), "--db-url", "jdbc:postgresql://localhost/x");
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void articlesOfAnEmptyDatabasePrintsJustTheHeader(@TempDir Path dir) {
        dev.faultline.store.adapters.Stores.duckdb(dir.resolve("empty.duckdb")).close();
        Cli r = Cli.run("articles", "--db", dir.resolve("empty.duckdb").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2).first().asString().startsWith("ID");
    }

    @Test
    void anUnusableDatabaseFailsWithOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path notADb = dir.resolve("notes.duckdb");
        java.nio.file.Files.writeString(notADb, "this is not a database\n".repeat(100));
        Cli r = Cli.run("articles", "--db", notADb.toString());
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("notes.duckdb");
    }
}
