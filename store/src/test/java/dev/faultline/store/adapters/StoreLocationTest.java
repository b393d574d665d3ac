package dev.faultline.store.adapters;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StoreLocationTest {
    @Test
    void printsWhereWithoutAPassword() {
        assertThat(new StoreLocation.DuckDbFile(Path.of("a.duckdb"))).hasToString("DuckDB database a.duckdb");
        assertThat(new StoreLocation.PostgresUrl("jdbc:postgresql://h/f?user=u&password=p"))
                .hasToString("PostgreSQL database jdbc:postgresql://h/f?user=u&password=***");
    }
}
