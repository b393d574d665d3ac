package dev.faultline.cli;

import dev.faultline.store.Store;
import dev.faultline.store.adapters.StoreLocation;
import dev.faultline.store.adapters.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code --db FILE | --db-url JDBC}: where the model is stored (DuckDB file by default), and {@code --wait}: how long
 * to wait for another process using a DuckDB file. Commands that only read open it read-only and never create it.
 */
final class StoreOptions {
    static final Path DEFAULT_DB = Path.of("faultline.duckdb");

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait while another process writes the DuckDB file (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    static final class Choice {
        @Option(names = "--db", paramLabel = "FILE", description = "DuckDB database file (default: ./faultline.duckdb), or the output "
                + "folder of `faultline spark analyze` (read-only).")
        Path file;

        @Option(names = "--db-url", paramLabel = "JDBC", description = "A PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost/faultline?user=me.")
        String url;
    }

    /** The store for a command that writes (ingest, analyze): created when missing. */
    Store open() {
        return Stores.open(location(), Stores.Access.WRITE, waitLimit());
    }

    /** The store for a command that only reads: an error naming the file when it does not exist. */
    Store openForReading() {
        return Stores.open(location(), Stores.Access.READ, waitLimit());
    }

    private StoreLocation location() {
        if (choice != null && choice.url != null) return new StoreLocation.PostgresUrl(choice.url);
        return new StoreLocation.DuckDbFile(choice != null && choice.file != null ? choice.file : DEFAULT_DB);
    }

    private Duration waitLimit() {
        return Duration.ofSeconds(Math.max(0, waitSeconds));
    }
}
