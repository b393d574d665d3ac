package dev.faultline.store.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {
    @Test
    void masksPasswordsWhereverAUrlCarriesThem() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/faultline?user=me&password=s3cr%26t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/faultline?user=me&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/f?PASSWORD=x")).isEqualTo("jdbc:postgresql://db/f?PASSWORD=***");
        assertThat(JdbcUrls.redact("jdbc:postgresql://me:pw@db/f")).isEqualTo("jdbc:postgresql://me:***@db/f");
    }

    @Test
    void leavesOtherUrlsAlone() {
        String url = "jdbc:postgresql://localhost:5432/faultline?user=me";
        assertThat(JdbcUrls.redact(url)).isEqualTo(url);
        assertThat(JdbcUrls.redact("jdbc:postgresql://[::1]:5432/f")).isEqualTo("jdbc:postgresql://[::1]:5432/f");
    }
}
