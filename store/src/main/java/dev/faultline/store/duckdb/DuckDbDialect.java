package dev.faultline.store.duckdb;

import dev.faultline.store.jdbc.Dialect;

/** DuckDB: one process per file holds it, so migrations need no lock between processes. */
final class DuckDbDialect implements Dialect {
    @Override
    public String name() {
        return "DuckDB";
    }

    @Override
    public String migrationsFolder() {
        return "db/duckdb";
    }

    @Override
    public String intArrayElementType() {
        return "INTEGER";
    }

    /** DuckDB compares text by its UTF-8 bytes (code point order) unless told to collate otherwise. */
    @Override
    public String inCodePointOrder(String expression) {
        return expression;
    }
}
