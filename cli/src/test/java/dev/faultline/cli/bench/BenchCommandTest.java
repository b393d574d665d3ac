package dev.faultline.cli.bench;

import dev.faultline.cli.Faultline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code faultline bench}: its options, usage errors, and a tiny real run that prints every figure. */
class BenchCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Faultline.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheOptionsAndBadValuesAreUsageErrors() {
        Run help = bench("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--corpus", "--articles", "--runs", "--threads", "--[no-]baseline", "--[no-]with-actors",
                "--store-query", "--store-events");
        assertThat(bench("--corpus", "nosuch").exit()).isEqualTo(Faultline.USAGE);
        Run none = bench("--store-query", "--store-events", "0");
        assertThat(none.exit()).isEqualTo(Faultline.USAGE);
        assertThat(none.err()).contains("--store-events must be at least 1");
    }

    @Test
    void aMissingCorpusIsAFailureNamingIt() {
        Run r = bench("--corpora", "/nonexistent-corpora");
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err()).contains("no CNN corpus at /nonexistent-corpora");
    }

    @Test
    @Tag("slow")
    void aTinyBenchPrintsTheLayersFiguresAndTheResolutionOverhead() {
        Path corpora = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("corpora");
        Assumptions.assumeTrue(Files.isDirectory(corpora), "skipped: no " + corpora);
        Run r = bench("--corpora", corpora.toString(), "--corpus", "cnn", "--articles", "3", "--runs", "1",
                "--warmups", "0", "--no-baseline");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("| faultline layer | CNN | 3 |").doesNotContain("naive full CoreNLP").doesNotContain("Reuters");
        assertThat(r.out()).containsPattern("\\| actor resolution \\| 3 \\| [\\d,]+ \\|").containsPattern("Resolution adds \\*\\*\\d+\\.\\d%\\*\\*");
    }

    @Test
    @Tag("slow")
    void theSpeedSummaryHasTheColdStartItsMemoryTheSteadyStateAndWhereTheParsesWent() throws Exception {
        Path corpora = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("corpora");
        Assumptions.assumeTrue(Files.isDirectory(corpora), "skipped: no " + corpora);
        Path report = Files.createTempFile("faultline-cold", ".txt");
        Files.writeString(report, "Rebels attacked an army convoy near Idlib on Monday, the Syrian army said.\n");
        try {
            Run r = bench("--corpora", corpora.toString(), "--corpus", "cnn", "--articles", "2", "--runs", "1", "--warmups", "0",
                    "--no-baseline", "--no-with-actors", "--pipeline-articles", "2", "--cold-starts", "1", "--cold-report", report.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).containsPattern("\\| cold start: one report analysed and stored by a new process \\(faultline-cold\\d+\\.txt\\) "
                            + "\\| \\d+\\.\\d\\d s \\(\\d+\\.\\d s/[\\d,]+ MB; 1 runs\\) \\|")
                    .containsPattern("\\| peak resident memory of that process \\(median\\) \\| [\\d,]+ MB \\|")
                    .containsPattern("\\| steady state: `analyze` end to end, reports/s \\(median\\) \\| \\d+\\.\\d\\d \\|")
                    .contains("| naive CoreNLP stack, same run, reports/s (median) | not measured |", "| ratio | not measured |")
                    .containsPattern("Parses: [\\d,]+ of [\\d,]+ sentences parsed");
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
