/**
 * The embedded default: a DuckDB database in one file. Opening turns DuckDB's failures into messages
 * naming the file (in use by another process, not a DuckDB database, a missing folder); the schema
 * is in {@code db/duckdb/} on the class path.
 */
package dev.faultline.store.duckdb;
