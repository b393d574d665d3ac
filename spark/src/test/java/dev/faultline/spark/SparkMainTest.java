package dev.faultline.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The front's options: what it reads, and bad usage answered with one line, the usage and exit code 2, before Spark starts. */
class SparkMainTest {
    @Test
    void readsInputsAndOptions() {
        SparkMain.Options o = SparkMain.parse(new String[] {"analyze", "a", "b/c", "--out", "out", "--master", "local[2]",
                "--manifest", "m.csv", "--partitions", "4"});
        assertThat(o).isEqualTo(new SparkMain.Options(List.of(Path.of("a"), Path.of("b/c")), "out", "local[2]", Path.of("m.csv"), 4));
        assertThat(SparkMain.parse(new String[] {"analyze", "--help"})).isNull();
    }

    @Test
    void badUsageIsOneLineAndExitCodeTwo() {
        for (String[] args : List.of(new String[] {"analyse", "x", "--out", "o"}, new String[] {"analyze", "--out", "o"},
                new String[] {"analyze", "x"}, new String[] {"analyze", "x", "--out"}, new String[] {"analyze", "x", "--out", "o", "--bogus"},
                new String[] {"analyze", "x", "--out", "o", "--partitions", "0"}, new String[] {"analyze", "x", "--out", "o", "--partitions", "many"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = SparkMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(message.lines().findFirst().orElseThrow()).startsWith("faultline spark: ");
            assertThat(message).contains("Usage: faultline spark analyze");
        }
    }
}
