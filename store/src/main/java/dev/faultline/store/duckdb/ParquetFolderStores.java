package dev.faultline.store.duckdb;

import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.jdbc.JdbcStore;
import dev.faultline.store.jdbc.Migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Opens a folder of Parquet datasets that mirror the store's tables (a Spark run's output: {@code <table>/} each, those
 * of articles partitioned as {@code month=YYYY-MM/}, and a run manifest {@value #RUN_MANIFEST}) as a read-only store.
 * An in-memory DuckDB holds the current schema, empty, in {@code main}, and a view per dataset in a schema {@code parquet}
 * searched first, so the JDBC store's queries read the Parquet files where they lie, without a copy. Its revision is a
 * hash of the files' names, sizes and times: it changes when a run rewrites the folder. Every write is refused.
 */
public final class ParquetFolderStores {
    /** The file a run writes last, which marks a folder as one this adapter opens. */
    public static final String RUN_MANIFEST = "run.json";
    /** The column that partitions the datasets of articles and what belongs to them. */
    public static final String PARTITION = "month";

    private ParquetFolderStores() {
    }

    /** Whether {@code path} is a folder a run wrote (it holds {@value #RUN_MANIFEST}). */
    public static boolean isRun(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve(RUN_MANIFEST));
    }

    public static Store open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!isRun(dir)) {
            throw new StoreException("cannot open " + dir + " as a store: it is a folder without " + RUN_MANIFEST
                    + ", so no Faultline Spark run wrote it (--db takes a DuckDB file or a Spark run's output folder)");
        }
        String description = "Parquet datasets in " + dir + " (read-only)";
        return new ReadOnlyStore(JdbcStore.prepared(new DuckDbDialect(), () -> connect(dir, description), description));
    }

    private static Connection connect(Path dir, String description) throws SQLException {
        Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
        try {
            DuckDbDialect dialect = new DuckDbDialect();
            Migrations.apply(c, dialect, Migrations.load(dialect.migrationsFolder()), description);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA parquet");
                long revision = 0;
                for (DuckDbTables.Table t : DuckDbTables.schema()) {
                    List<Path> files = parquetFiles(dir.resolve(t.name()));
                    if (files.isEmpty()) continue;   // the empty table in main stands for it
                    boolean partitioned = files.stream().anyMatch(f -> f.toString().contains("/" + PARTITION + "="));
                    String glob = quote(dir.resolve(t.name()) + "/**/*.parquet");
                    s.execute("CREATE VIEW parquet." + t.name() + " AS SELECT * " + (partitioned ? "EXCLUDE (" + PARTITION + ") " : "")
                            + "FROM read_parquet(" + glob + ", hive_partitioning = " + partitioned + ")");
                    for (Path f : files) revision = 31 * revision + (f + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f)).hashCode();
                }
                s.execute("CREATE VIEW parquet.store_revision AS SELECT CAST(" + revision + " AS BIGINT) AS revision");
                s.execute("SET search_path = 'parquet,main'");
            }
            return c;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SQLException sql) throw sql;
            if (e instanceof IOException io) throw new UncheckedIOException("cannot list the datasets of " + dir, io);
            throw (RuntimeException) e;
        }
    }

    private static List<Path> parquetFiles(Path table) throws IOException {
        if (!Files.isDirectory(table)) return List.of();
        try (Stream<Path> walk = Files.walk(table)) {
            List<Path> out = new ArrayList<>(walk.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList());
            return out;
        }
    }

    /** A path as an SQL string literal (the path is the user's, never report text; quotes are doubled all the same). */
    private static String quote(String path) {
        return "'" + path.replace("'", "''") + "'";
    }
}
