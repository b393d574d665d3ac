package dev.faultline.store.duckdb;

import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.jdbc.JdbcStore;
import org.duckdb.DuckDBDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens DuckDB stores: one file, created on first use. */
public final class DuckDbStores {
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private DuckDbStores() {
    }

    public static Store open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new StoreException("cannot open DuckDB database " + path + ": it is a folder, not a database file nor the output of "
                    + "`faultline spark analyze` (which holds " + ParquetFolderStores.RUN_MANIFEST + ")");
        }
        Path folder = path.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StoreException("cannot create DuckDB database " + path + ": folder " + folder + " does not exist");
        }
        return JdbcStore.open(new DuckDbDialect(), () -> connect(path), "DuckDB database " + path);
    }

    /** A connection to the file, its failures turned into messages that name the file. */
    static Connection connect(Path path) {
        try {
            return new DuckDBDriver().connect("jdbc:duckdb:" + path, new Properties());
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    static StoreException translate(Path path, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Could not set lock on file")) {
            Matcher m = LOCK_HOLDER.matcher(message);
            String holder = m.find() ? " (process " + m.group(1) + ")" : "";
            return new StoreException("database " + path + " is in use by another process" + holder
                    + "; wait for it to finish, or stop it, and try again", e);
        }
        if (message.contains("not a valid DuckDB database file")) {
            return new StoreException("cannot open " + path + ": it is not a DuckDB database", e);
        }
        return new StoreException("cannot open DuckDB database " + path + ": " + message, e);
    }
}
