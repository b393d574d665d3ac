package dev.faultline.server.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload's name never becomes a path of the client's choosing. */
class SafeNameTest {
    @Test
    void onlyTheLastPartsSafeCharactersAreKept() {
        assertThat(ReportsApi.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ReportsApi.safeName("C:\\Users\\x\\report 1.html")).isEqualTo("report_1.html");
        assertThat(ReportsApi.safeName(".bashrc")).isEqualTo("bashrc");
        assertThat(ReportsApi.safeName("..")).isEqualTo("report");
        assertThat(ReportsApi.safeName(null)).isEqualTo("report");
        assertThat(ReportsApi.safeName("<img src=x onerror=1>.txt")).doesNotContain("<", ">", " ", "/");
    }
}
