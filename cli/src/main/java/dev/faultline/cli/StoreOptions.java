package dev.faultline.cli;

import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db FILE | --db-url JDBC}: where the model is stored (DuckDB file by default). */
final class StoreOptions {
    static final Path DEFAULT_DB = Path.of("faultline.duckdb");

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    static final class Choice {
        @Option(names = "--db", paramLabel = "FILE", description = "DuckDB database file (default: ./faultline.duckdb), or the output "
                + "folder of `faultline spark analyze` (read-only).")
        Path file;

        @Option(names = "--db-url", paramLabel = "JDBC", description = "A PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost/faultline?user=me.")
        String url;
    }

    Store open() {
        if (choice != null && choice.url != null) {
            return Stores.postgres(choice.url);
        }
        return Stores.duckdb(choice != null && choice.file != null ? choice.file : DEFAULT_DB);
    }
}
