package dev.faultline.store.duckdb;

import dev.faultline.store.Fixtures;
import dev.faultline.store.Store;
import dev.faultline.store.StoreContract;
import dev.faultline.store.StoreException;
import dev.faultline.store.adapters.StoreLocation;
import dev.faultline.store.adapters.Stores;
import dev.faultline.store.jdbc.FailingConnection;
import dev.faultline.store.jdbc.JdbcStore;
import dev.faultline.store.jdbc.Migration;
import dev.faultline.store.jdbc.Migrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract on a real DuckDB file, and what is DuckDB's own: files, folders, the one-process lock. */
class DuckDbStoreTest extends StoreContract {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void newFile() {
        file = dir.resolve("faultline.duckdb");
    }

    @Override
    protected Store openStore() {
        return Stores.duckdb(file);
    }

    @Override
    protected Store openStoreFailingOn(String... sqlPrefixes) {
        return JdbcStore.open(new DuckDbDialect(), () -> FailingConnection.wrap(DuckDbStores.connect(file), sqlPrefixes),
                "DuckDB database " + file);
    }

    @Override
    protected Store openStoreWith(List<Migration> migrations) {
        return JdbcStore.open(new DuckDbDialect(), migrations, () -> DuckDbStores.connect(file), "DuckDB database " + file);
    }

    @Override
    protected List<Migration> migrations() {
        return Migrations.load(new DuckDbDialect().migrationsFolder());
    }

    @Override
    protected Connection connect() throws SQLException {
        return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    }

    @Override
    protected String expectedDescription() {
        return "DuckDB database " + file;
    }

    @Test
    void createsTheFileOnFirstUse() {
        assertThat(file).doesNotExist();
        track(Stores.open(new StoreLocation.DuckDbFile(file))).save(Fixtures.minimal("x"), Fixtures.signature(1));
        assertThat(file).isRegularFile();
    }

    @Test
    void opensPathsWithSpacesQuotesAndNonLatinLetters() {
        Path odd = dir.resolve("my \u062a\u0642\u0627\u0631\u064a\u0631 'db' #1.duckdb");
        try (Store store = Stores.duckdb(odd)) {
            store.save(Fixtures.full("x"), Fixtures.signature(1));
        }
        try (Store store = Stores.duckdb(odd)) {
            assertThat(store.articles()).containsExactly(Fixtures.full("x"));
        }
        assertThat(odd).isRegularFile();
    }

    @Test
    void aFileInUseByAnotherProcessIsNamedAsSuch() throws Exception {
        Process holder = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                HoldDuckDbFile.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the holder process's first line").isEqualTo("holding");

            assertThatThrownBy(() -> Stores.duckdb(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("database " + file + " is in use by another process")
                    .hasMessageContaining("process " + holder.pid())
                    .hasCauseInstanceOf(SQLException.class);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
        try (Store store = Stores.duckdb(file)) {
            assertThat(store.articleCount()).isZero();
        }
    }

    @Test
    void readersGetInWhileAnotherProcessWritesAndSeeWholeSaves() throws Exception {
        Process writer = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                WriteDuckDbFile.class.getName(), file.toString(), "200").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the writer's first line").isEqualTo("writing");
            int last = 0;
            for (int read = 0; read < 5; read++) {
                try (Store reader = Stores.open(new StoreLocation.DuckDbFile(file), Stores.Access.READ, java.time.Duration.ofSeconds(30))) {
                    int n = reader.articleCount();
                    assertThat(reader.articles().toList()).hasSize(n);   // one state for the whole read
                    assertThat(n).isGreaterThanOrEqualTo(last).isPositive();
                    last = n;
                }
                Thread.sleep(150);
            }
            assertThat(writer.isAlive()).as("the writer ran all along").isTrue();
        } finally {
            writer.getOutputStream().close();
            if (!writer.waitFor(60, TimeUnit.SECONDS)) writer.destroyForcibly();
        }
        assertThat(writer.exitValue()).isZero();
        try (Store store = Stores.duckdb(file)) {
            assertThat(store.articleCount()).isGreaterThan(5);
        }
    }

    @Test
    void aReaderNeitherCreatesAStoreNorWrites() throws Exception {
        assertThatThrownBy(() -> Stores.open(new StoreLocation.DuckDbFile(file), Stores.Access.READ, java.time.Duration.ZERO))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("no store at " + file + ": the file does not exist");
        assertThat(file).doesNotExist();
        Stores.duckdb(file).close();
        try (Store reader = Stores.open(new StoreLocation.DuckDbFile(file), Stores.Access.READ, java.time.Duration.ZERO)) {
            assertThat(reader.articleCount()).isZero();
            assertThatThrownBy(() -> reader.save(Fixtures.minimal("x"), Fixtures.signature(1))).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseIsRefused() throws Exception {
        Files.writeString(file, "id,title\n1,not a database\n");
        assertThatThrownBy(() -> Stores.duckdb(file))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open " + file + ": it is not a DuckDB database")
                .hasCauseInstanceOf(SQLException.class);
        assertThat(Files.readString(file)).startsWith("id,title");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = dir.resolve("no-such-folder").resolve("faultline.duckdb");
        assertThatThrownBy(() -> Stores.duckdb(missing))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot create DuckDB database " + missing + ": folder " + missing.getParent() + " does not exist");
    }

    @Test
    void aFolderIsNotADatabaseFile() {
        assertThatThrownBy(() -> Stores.duckdb(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("is a folder");
    }

    @Test
    void aRelativePathIsNamedInFull() {
        Path relative = Path.of("target", "relative-" + System.nanoTime() + ".duckdb");
        try (Store store = Stores.duckdb(relative)) {
            assertThat(store.describe()).isEqualTo("DuckDB database " + relative.toAbsolutePath().normalize());
        } finally {
            relative.toFile().delete();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
