package dev.faultline.store.adapters;

import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.duckdb.DuckDbStores;
import dev.faultline.store.duckdb.ParquetFolderStores;
import dev.faultline.store.postgres.PostgresStores;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens a {@link Store}. Opening creates the database if needed and brings its schema up to date
 * (versioned migrations); a failure is a {@link StoreException} that names the file or the URL
 * (never its password) and keeps the driver's exception as its cause.
 */
public final class Stores {
    private Stores() {
    }

    public static Store open(StoreLocation location) {
        if (location instanceof StoreLocation.DuckDbFile f) return duckdb(f.file());
        if (location instanceof StoreLocation.PostgresUrl u) return postgres(u.jdbcUrl());
        throw new IllegalArgumentException("an unknown kind of store location: " + location);
    }

    /** What a command does with a store: only ingest, analyze and serve write (and create one). */
    public enum Access { READ, WRITE }

    /** How long a writer holds a DuckDB file before letting readers in between its calls. */
    public static final Duration WRITER_HOLDS = Duration.ofSeconds(1);

    /**
     * A store for reading or writing: a DuckDB file that does not exist is an error for a reader (naming it) and created
     * for a writer; a DuckDB reader opens the file read-only, a writer lets go of it between calls every
     * {@link #WRITER_HOLDS}, and each waits up to {@code wait} for the other (see {@link DuckDbStores}). PostgreSQL
     * admits readers and writers at once.
     */
    public static Store open(StoreLocation location, Access access, Duration wait) {
        if (location instanceof StoreLocation.DuckDbFile f) {
            if (ParquetFolderStores.isRun(f.file())) return ParquetFolderStores.open(f.file());
            return access == Access.READ ? DuckDbStores.openForReading(f.file(), wait) : DuckDbStores.openForWriting(f.file(), wait, WRITER_HOLDS);
        }
        return open(location);
    }

    /**
     * An embedded DuckDB database in {@code file}, created when missing; one process at a time may use it. A folder that
     * a Spark run wrote (Parquet datasets and a run manifest) opens read-only, its datasets read where they lie.
     */
    public static Store duckdb(Path file) {
        if (ParquetFolderStores.isRun(file)) return ParquetFolderStores.open(file);
        return DuckDbStores.open(file);
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/faultline?user=me}. */
    public static Store postgres(String jdbcUrl) {
        return PostgresStores.open(jdbcUrl);
    }
}
