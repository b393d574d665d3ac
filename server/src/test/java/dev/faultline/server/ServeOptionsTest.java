package dev.faultline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code faultline serve}'s options and the rules it checks before it loads anything: the token and the bind address. */
class ServeOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void optionsAreParsedAndBadOnesNamed() {
        ServeOptions o = ServeOptions.parse(new String[] {"reports", "--db", "x.duckdb", "--port", "0", "--feed", "a.xml", "--feed", "b.xml"}, Map.of());
        assertThat(o.paths()).containsExactly(Path.of("reports"));
        assertThat(o.port()).isZero();
        assertThat(o.bind()).isEqualTo("127.0.0.1");
        assertThat(o.feeds()).containsExactly("a.xml", "b.xml");
        assertThat(o.token()).isNull();
        assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--port", "http"}, Map.of())).hasMessageContaining("'--port'");
        assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--frobnicate"}, Map.of())).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--db", "a", "--db-url", "jdbc:x"}, Map.of())).hasMessageContaining("mutually exclusive");
        assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--watch", tmp.resolve("none").toString()}, Map.of())).hasMessageContaining("not a folder");
    }

    @Test
    void theTokenComesFromAFileOrTheEnvironmentNeverTheCommandLine() throws Exception {
        assertThatThrownBy(() -> ServeOptions.parse(new String[] {"--token", "secret"}, Map.of())).hasMessageContaining("--token-file");
        Path file = Files.writeString(tmp.resolve("token"), "0123456789abcdef0123\n");
        assertThat(ServeOptions.parse(new String[] {"--token-file", file.toString()}, Map.of()).token()).isEqualTo("0123456789abcdef0123");
        assertThat(ServeOptions.parse(new String[0], Map.of("FAULTLINE_TOKEN", "abcdefabcdefabcdef")).token()).isEqualTo("abcdefabcdefabcdef");
        assertThatThrownBy(() -> ServeOptions.parse(new String[0], Map.of("FAULTLINE_TOKEN", "short"))).hasMessageContaining("shorter than 16");
    }

    @Test
    void boundBeyondLoopbackItRefusesToStartWithoutAToken() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Serve.run(new String[] {"--bind", "0.0.0.0", "--db", tmp.resolve("x.duckdb").toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Serve.USAGE);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("needs a token").doesNotContain("Exception");
        assertThat(tmp.resolve("x.duckdb")).doesNotExist();
        assertThat(Access.loopback("127.0.0.1")).isTrue();
        assertThat(Access.loopback("::1")).isTrue();
        assertThat(Access.loopback("0.0.0.0")).isFalse();
    }
}
