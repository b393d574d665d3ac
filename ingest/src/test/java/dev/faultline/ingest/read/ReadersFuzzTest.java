package dev.faultline.ingest.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.ingest.clean.DebrisCleaner;
import dev.faultline.ingest.fuzz.Checks;

/**
 * The report readers under Jazzer. In a plain build (CI) each method replays the inputs committed
 * under {@code src/test/resources/dev/faultline/ingest/read/ReadersFuzzTestInputs/<method>/}: seeds
 * and every finding of earlier fuzzing runs. With {@code JAZZER_FUZZ=1} the one selected method is
 * fuzzed for its {@code maxDuration} (see BENCHMARKS.md, "Fuzzing the readers").
 *
 * <p>Each input goes the way a file's bytes do (decoding, then the reader its name calls for), and
 * each report read goes on through cleaning, so a report a reader lets through cannot break the next
 * stage either. Readers' own bugs escape {@link Readers#read(String, byte[])} as exceptions, which
 * is what the fuzzer looks for; {@link Readers#read(java.nio.file.Path)} would turn them into problems.
 */
class ReadersFuzzTest {
    private static final Readers READERS = new Readers(10L << 20, 200L << 20);
    private static final DebrisCleaner CLEANER = new DebrisCleaner(BoilerplateIndex.none());

    @FuzzTest(maxDuration = "12m")
    void html(byte[] input) {
        check(READERS.read("fuzz.html", input));
    }

    @FuzzTest(maxDuration = "12m")
    void feed(byte[] input) {
        check(READERS.read("fuzz.rss", input));
    }

    @FuzzTest(maxDuration = "12m")
    void jsonLines(byte[] input) {
        check(READERS.read("fuzz.jsonl", input));
    }

    private static void check(ReadResult r) {
        Checks.reportOrProblem(r);
        for (RawReport report : r.reports()) Checks.wellFormed(CLEANER.apply(report).problems());
    }
}
