package dev.faultline.store.adapters;

import dev.faultline.store.jdbc.JdbcUrls;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store's data lives: a DuckDB file (the embedded default) or a PostgreSQL server named by
 * a JDBC URL. {@link #toString()} is safe to print: a password in a URL is masked.
 */
public sealed interface StoreLocation {

    /** An embedded DuckDB database in one file, created on first use. */
    record DuckDbFile(Path file) implements StoreLocation {
        public DuckDbFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return "DuckDB database " + file;
        }
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/faultline?user=me}. */
    record PostgresUrl(String jdbcUrl) implements StoreLocation {
        public PostgresUrl {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        }

        @Override
        public String toString() {
            return "PostgreSQL database " + JdbcUrls.redact(jdbcUrl);
        }
    }
}
