package dev.faultline.store.duckdb;

import dev.faultline.store.Store;
import dev.faultline.store.StoreException;
import dev.faultline.store.jdbc.JdbcStore;
import org.duckdb.DuckDBDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens DuckDB stores: one file, created on first use by a writer.
 *
 * <p><b>Readers and a writer.</b> DuckDB lets one process write a file, and lets other processes read it only while no
 * process writes it. So a writer opened here with a hold limit ({@link #openForWriting}) closes the file after a call
 * once it has held it that long, and opens it again on its next call; a reader ({@link #openForReading}) opens the
 * file read-only and keeps it for its whole (short) run, so what it reads is one consistent state: every article and
 * analysis the writer had stored when the reader got in, and nothing half-stored (each save is one transaction). Both
 * wait for the other, trying again every {@link #RETRY} up to their wait, then fail with a message that says so.
 */
public final class DuckDbStores {
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");
    static final Duration RETRY = Duration.ofMillis(50);

    private DuckDbStores() {
    }

    /** A store on the file, created when missing; it holds the file until closed and fails at once if it is in use. */
    public static Store open(Path file) {
        return open(file, Duration.ZERO);
    }

    /** As {@link #open(Path)}, waiting up to {@code wait} for another process to let go of the file. */
    public static Store open(Path file, Duration wait) {
        Path path = checkedPath(file);
        return JdbcStore.open(new DuckDbDialect(), () -> connect(path, false, wait), "DuckDB database " + path);
    }

    /**
     * A writer's store: as {@link #open(Path, Duration)}, letting go of the file after a call once it has held it for
     * {@code holdAtMost}, so that readers get in between its calls.
     */
    public static Store openForWriting(Path file, Duration wait, Duration holdAtMost) {
        Path path = checkedPath(file);
        return JdbcStore.open(new DuckDbDialect(), () -> connect(path, false, wait), "DuckDB database " + path).yielding(holdAtMost);
    }

    /**
     * A reader's store: the file opened read-only (an error names it when it does not exist: only writers create one),
     * waiting up to {@code wait} while a writer holds it. A file whose schema is behind this code's is brought up to
     * date first, by a writer's connection held only for that.
     */
    public static Store openForReading(Path file, Duration wait) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new StoreException("cannot open DuckDB database " + path + ": it is a folder, not a database file");
        }
        if (!Files.exists(path)) {
            throw new StoreException("no store at " + path + ": the file does not exist (check --db; ingest, analyze and serve create a store)");
        }
        String description = "DuckDB database " + path;
        DuckDbDialect dialect = new DuckDbDialect();
        Optional<JdbcStore> store = JdbcStore.openCurrent(dialect, () -> connect(path, true, wait), description, null);
        if (store.isPresent()) return store.get();
        open(path, wait).close();   // migrates
        return JdbcStore.openCurrent(dialect, () -> connect(path, true, wait), description, null)
                .orElseThrow(() -> new StoreException("cannot bring the schema of " + description + " up to date"));
    }

    private static Path checkedPath(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new StoreException("cannot open DuckDB database " + path + ": it is a folder, not a database file nor the output of "
                    + "`faultline spark analyze` (which holds " + ParquetFolderStores.RUN_MANIFEST + ")");
        }
        Path folder = path.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StoreException("cannot create DuckDB database " + path + ": folder " + folder + " does not exist");
        }
        return path;
    }

    static Connection connect(Path path) {
        return connect(path, false, Duration.ZERO);
    }

    /** A connection to the file, waiting up to {@code wait} while another process holds it; failures name the file. */
    static Connection connect(Path path, boolean readOnly, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Properties properties = new Properties();
        if (readOnly) properties.setProperty("duckdb.read_only", "true");
        while (true) {
            try {
                return new DuckDBDriver().connect("jdbc:duckdb:" + path, properties);
            } catch (SQLException e) {
                if (!isLocked(e) || System.nanoTime() >= deadline) throw translate(path, e, readOnly, wait);
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for DuckDB database " + path, e);
            }
        }
    }

    private static boolean isLocked(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("Could not set lock on file");
    }

    static StoreException translate(Path path, SQLException e) {
        return translate(path, e, false, Duration.ZERO);
    }

    private static StoreException translate(Path path, SQLException e, boolean readOnly, Duration waited) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (isLocked(e)) {
            Matcher m = LOCK_HOLDER.matcher(message);
            String holder = m.find() ? " (process " + m.group(1) + ")" : "";
            String after = waited.isZero() ? "" : " for the " + waited.toSeconds() + " s waited";
            return new StoreException("database " + path + " is in use by another process" + holder + after
                    + (readOnly ? "; DuckDB lets others read a file only between a writer's saves, and this writer held on"
                            : "; DuckDB lets one process at a time write a file")
                    + "; wait for it to finish, or stop it, and try again (or raise --wait)", e);
        }
        if (message.contains("not a valid DuckDB database file")) {
            return new StoreException("cannot open " + path + ": it is not a DuckDB database", e);
        }
        return new StoreException("cannot open DuckDB database " + path + ": " + message, e);
    }
}
