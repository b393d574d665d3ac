package dev.faultline.store.postgres;

import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.jdbc.JdbcStore;
import dev.faultline.store.jdbc.JdbcUrls;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Opens PostgreSQL stores from a JDBC URL; the database must exist, its tables are created on first use. */
public final class PostgresStores {
    static final String PREFIX = "jdbc:postgresql:";

    private PostgresStores() {
    }

    public static Store open(String jdbcUrl) {
        String where = "PostgreSQL database " + JdbcUrls.redact(jdbcUrl);
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new StoreException("not a PostgreSQL JDBC URL: " + JdbcUrls.redact(jdbcUrl)
                    + " (expected jdbc:postgresql://HOST:PORT/DATABASE?user=NAME)");
        }
        return JdbcStore.open(new PostgresDialect(), () -> connect(jdbcUrl), where);
    }

    /** A connection to the URL, its failures turned into messages that name it (without its password). */
    static Connection connect(String jdbcUrl) {
        String where = JdbcUrls.redact(jdbcUrl);
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "faultline");
        try {
            Connection c = new Driver().connect(jdbcUrl, properties);
            if (c == null) throw new StoreException("not a PostgreSQL JDBC URL the driver accepts: " + where);
            return c;
        } catch (SQLException e) {
            throw translate(where, e);
        }
    }

    static StoreException translate(String where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage();
        if (state.equals("3D000")) {
            return new StoreException("PostgreSQL database " + where + " does not exist; create it first (createdb): " + message, e);
        }
        if (state.startsWith("28")) {
            return new StoreException("cannot log in to PostgreSQL database " + where + ": " + message, e);
        }
        if (state.startsWith("08")) {
            return new StoreException("cannot connect to PostgreSQL database " + where + " (is the server running?): " + message, e);
        }
        return new StoreException("cannot open PostgreSQL database " + where + ": " + message, e);
    }
}
