package dev.faultline.store.duckdb;

import dev.faultline.store.StoreException;
import dev.faultline.store.jdbc.Migrations;

import java.io.Serializable;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A DuckDB store's tables as plain rows, for a front that moves them elsewhere (Spark writes them as Parquet datasets,
 * which {@link ParquetFolderStores} opens as a store again). The tables are those of the store's schema but the
 * bookkeeping ones ({@code schema_version}, {@code store_revision}); values are Java's plain types: String, Integer,
 * Long, Double, Boolean, {@link java.time.LocalDate}, {@link java.time.LocalDateTime} and Integer[] for an integer list.
 */
public final class DuckDbTables {
    /** Tables that hold no data a reader needs: the migrations' record, and a counter a folder of datasets replaces. */
    private static final List<String> BOOKKEEPING = List.of("schema_version", "store_revision");

    private DuckDbTables() {
    }

    public enum Type { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP, INT_ARRAY }

    public record Column(String name, Type type) implements Serializable {
    }

    /** A table's columns, in the schema's order, and its rows (each an array of values in that order). */
    public record Table(String name, List<Column> columns, List<Object[]> rows) implements Serializable {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public int column(String name) {
            for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
            return -1;
        }
    }

    /** Every table of the current schema, empty: what a writer of datasets must declare before it has rows. */
    public static List<Table> schema() {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
            Migrations.apply(c, new DuckDbDialect(), Migrations.load(new DuckDbDialect().migrationsFolder()), "an empty schema");
            return read(c, false);
        } catch (SQLException e) {
            throw new StoreException("cannot build the store's schema in memory: " + e.getMessage(), e);
        }
    }

    /** Every table of the (closed) DuckDB store in {@code file}, with its rows. */
    public static List<Table> read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try (Connection c = DuckDbStores.connect(path)) {
            return read(c, true);
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables of DuckDB database " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Table> read(Connection c, boolean withRows) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                     + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) if (!BOOKKEEPING.contains(rs.getString(1))) names.add(rs.getString(1));
        }
        List<Table> out = new ArrayList<>();
        for (String name : names) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name + (withRows ? "" : " LIMIT 0"))) {
                ResultSetMetaData md = rs.getMetaData();
                List<Column> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) columns.add(new Column(md.getColumnName(i), type(name, md, i)));
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) row[i] = value(rs, i + 1, columns.get(i).type());
                    rows.add(row);
                }
                out.add(new Table(name, columns, rows));
            }
        }
        return out;
    }

    private static Type type(String table, ResultSetMetaData md, int i) throws SQLException {
        String t = md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
        if (t.startsWith("VARCHAR")) return Type.STRING;
        return switch (t) {
            case "INTEGER" -> Type.INT;
            case "BIGINT" -> Type.LONG;
            case "DOUBLE" -> Type.DOUBLE;
            case "BOOLEAN" -> Type.BOOLEAN;
            case "DATE" -> Type.DATE;
            case "TIMESTAMP" -> Type.TIMESTAMP;
            case "INTEGER[]" -> Type.INT_ARRAY;
            default -> throw new StoreException("column " + md.getColumnName(i) + " of table " + table + " has a type no dataset "
                    + "writer knows: " + t);
        };
    }

    private static Object value(ResultSet rs, int i, Type type) throws SQLException {
        Object v = switch (type) {
            case STRING -> rs.getString(i);
            case INT -> rs.getInt(i);
            case LONG -> rs.getLong(i);
            case DOUBLE -> rs.getDouble(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> rs.getObject(i, java.time.LocalDate.class);
            case TIMESTAMP -> {
                Timestamp ts = rs.getTimestamp(i);
                yield ts == null ? null : ts.toLocalDateTime();
            }
            case INT_ARRAY -> {
                Array a = rs.getArray(i);
                if (a == null) yield null;
                Object[] elements = (Object[]) a.getArray();
                Integer[] out = new Integer[elements.length];
                for (int k = 0; k < elements.length; k++) out[k] = elements[k] == null ? null : ((Number) elements[k]).intValue();
                yield out;
            }
        };
        return rs.wasNull() ? null : v;
    }
}
