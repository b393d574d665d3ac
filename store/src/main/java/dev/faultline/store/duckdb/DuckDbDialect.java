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
}
