package dev.faultline.store.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration scripts as shipped: all listed, in order, and in step between the dialects. */
class MigrationFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"db/duckdb", "db/postgres"})
    void everyScriptInTheFolderIsListedInOrder(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource(folder).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertThat(Migrations.load(folder)).extracting(Migration::fileName).containsExactlyInAnyOrderElementsOf(files);
        for (Migration m : Migrations.load(folder)) assertThat(SqlScript.statements(m.script())).isNotEmpty();
    }

    @Test
    void theDialectsHaveTheSameMigrations() {
        assertThat(Migrations.load("db/duckdb")).extracting(Migration::fileName)
                .containsExactlyElementsOf(Migrations.load("db/postgres").stream().map(Migration::fileName).toList());
    }

    @Test
    void fileNamesCarryVersionAndDescription() {
        Migration m = Migration.fromFile("V12__events_and_actors.sql", "SELECT 1");
        assertThat(m.version()).isEqualTo(12);
        assertThat(m.description()).isEqualTo("events_and_actors");
        assertThat(m.fileName()).isEqualTo("V12__events_and_actors.sql");
        assertThatThrownBy(() -> Migration.fromFile("V1_articles.sql", "")).hasMessageContaining("V<version>__");
        assertThatThrownBy(() -> Migration.fromFile("V0__zero.sql", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChecksumIgnoresLineEndingsOnly() {
        Migration unix = new Migration(1, "a", "CREATE TABLE a (x INTEGER);\n");
        assertThat(new Migration(1, "a", "CREATE TABLE a (x INTEGER);\r\n").checksum()).isEqualTo(unix.checksum());
        assertThat(new Migration(1, "a", "CREATE TABLE a (y INTEGER);\n").checksum()).isNotEqualTo(unix.checksum());
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> Migrations.load("db/nowhere")).hasMessageContaining("db/nowhere/migrations.txt");
    }
}
