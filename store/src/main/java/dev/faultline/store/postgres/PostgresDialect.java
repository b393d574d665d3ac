package dev.faultline.store.postgres;

import dev.faultline.store.jdbc.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** PostgreSQL: several processes may open one database, so migrations take a transaction-scoped advisory lock. */
final class PostgresDialect implements Dialect {
    /** The advisory lock key for Faultline's migrations: any constant other tools are unlikely to use. */
    static final long MIGRATION_LOCK = 0x6661756c746c696eL; // "faultlin"

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String migrationsFolder() {
        return "db/postgres";
    }

    @Override
    public String intArrayElementType() {
        return "int4";
    }

    /** The "C" collation compares UTF-8 bytes, which is code point order; a database's default may be a locale's. */
    @Override
    public String inCodePointOrder(String expression) {
        return expression + " COLLATE \"C\"";
    }

    @Override
    public void lockForMigrations(Connection connection) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            p.setLong(1, MIGRATION_LOCK);
            p.execute();
        }
    }
}
