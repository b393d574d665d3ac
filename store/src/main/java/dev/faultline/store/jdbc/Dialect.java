package dev.faultline.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the databases behind {@link JdbcStore}. The SQL the shared code runs is
 * portable; schema differences live in each dialect's migration scripts.
 */
public interface Dialect {

    /** The database's name for messages: "DuckDB", "PostgreSQL". */
    String name();

    /** The class-path folder holding this dialect's migrations and their {@code migrations.txt} index. */
    String migrationsFolder();

    /** The element type name {@link Connection#createArrayOf} wants for a 32-bit integer array. */
    String intArrayElementType();

    /**
     * {@code expression} (text) as the operand of an ORDER BY that sorts by code point, the same in
     * every database whatever collation it was created with, so that listings do not differ between
     * the dialects.
     */
    String inCodePointOrder(String expression);

    /**
     * Called first in the migration transaction so that processes opening one database at once
     * migrate it one after another. A no-op where the database admits one process only.
     */
    default void lockForMigrations(Connection connection) throws SQLException {
    }
}
