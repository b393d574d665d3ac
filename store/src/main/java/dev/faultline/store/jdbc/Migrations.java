package dev.faultline.store.jdbc;

import dev.faultline.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a database's schema up to date. The scripts of a dialect's folder, listed in order in its
 * {@code migrations.txt}, are applied once each and recorded in {@code schema_version}; all pending
 * ones run in one transaction, so an upgrade lands whole or not at all. A database whose schema is
 * newer than this code, or whose applied script differs from this code's, is refused with a clear
 * message rather than used.
 */
public final class Migrations {
    static final String INDEX = "migrations.txt";

    private static final String CREATE_SCHEMA_VERSION = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description VARCHAR(200) NOT NULL,
                checksum    VARCHAR(64) NOT NULL,
                applied_at  TIMESTAMP NOT NULL
            )""";

    private Migrations() {
    }

    /** The migrations in {@code folder} on the class path, in version order 1, 2, 3, ... without gaps. */
    public static List<Migration> load(String folder) {
        List<Migration> out = new ArrayList<>();
        for (String line : resource(folder + "/" + INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            Migration m = Migration.fromFile(name, resource(folder + "/" + name));
            if (m.version() != out.size() + 1) {
                throw new IllegalStateException(folder + "/" + INDEX + " lists " + name + " where V" + (out.size() + 1) + " was expected");
            }
            out.add(m);
        }
        if (out.isEmpty()) throw new IllegalStateException(folder + "/" + INDEX + " lists no migrations");
        return List.copyOf(out);
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("the class path lacks " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + " from the class path", e);
        }
    }

    /**
     * Applies the pending migrations to the database on {@code c}, which {@code where} names in messages.
     * Leaves {@code c} in auto-commit mode.
     *
     * @return the versions applied now, in order (empty when the schema was up to date)
     */
    public static List<Integer> apply(Connection c, Dialect dialect, List<Migration> migrations, String where) throws SQLException {
        c.setAutoCommit(false);
        boolean committed = false;
        try {
            dialect.lockForMigrations(c);
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_SCHEMA_VERSION);
            }
            Map<Integer, String> applied = applied(c);
            check(applied, migrations, where);
            List<Integer> now = new ArrayList<>();
            for (Migration m : migrations) {
                if (!applied.containsKey(m.version())) {
                    run(c, m, where);
                    now.add(m.version());
                }
            }
            c.commit();
            committed = true;
            return now;
        } finally {
            if (!committed) rollbackQuietly(c);
            c.setAutoCommit(true);
        }
    }

    /**
     * Whether the database on {@code c} has every migration applied, read without writing (a read-only connection may
     * ask): false when some are pending, or when it has no schema yet. A newer or altered schema is refused as by
     * {@link #apply}.
     */
    public static boolean upToDate(Connection c, List<Migration> migrations, String where) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "schema_version", null)) {
            if (!rs.next()) return false;
        }
        Map<Integer, String> applied = applied(c);
        check(applied, migrations, where);
        return applied.size() == migrations.size();
    }

    /** The versions recorded in {@code schema_version}, with their checksums. */
    public static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) out.put(rs.getInt(1), rs.getString(2));
        }
        return out;
    }

    private static void check(Map<Integer, String> applied, List<Migration> migrations, String where) {
        int known = migrations.size();
        int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > known) {
            throw new StoreException(where + " has schema version " + newest + ", newer than this Faultline knows ("
                    + known + "); use a newer Faultline with it");
        }
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            if (e.getKey() < 1) throw new StoreException(where + " records an impossible schema version " + e.getKey());
            Migration m = migrations.get(e.getKey() - 1);
            if (!m.checksum().equals(e.getValue())) {
                throw new StoreException("migration " + m.fileName() + " differs from the one applied to " + where
                        + "; a released migration must never change (add a new one instead)");
            }
        }
    }

    private static void run(Connection c, Migration m, String where) throws SQLException {
        List<String> statements;
        try {
            statements = SqlScript.statements(m.script());
        } catch (IllegalArgumentException e) {
            throw new StoreException("migration " + m.fileName() + " cannot be read: " + e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new StoreException("migration " + m.fileName() + " failed on " + where + " at: "
                            + firstLine(sql) + ": " + e.getMessage(), e);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setString(3, m.checksum());
            p.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " ...";
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters; a connection that cannot roll back is discarded by the caller.
        }
    }
}
