package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.eval.EvalReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One gold set run through the pipeline and scored. Implementations load what they need from {@code options}. */
interface SuiteRun {
    /**
     * Reads the suite's data at {@code data} (a file or the folder holding it), runs the pipeline and
     * scores it; cases the pipeline failed on are added to {@code failures} and score as misses.
     */
    EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException;

    /** {@code data} itself when it is a file, else the one file under it whose name ends with {@code suffix}. */
    static Path file(Path data, String suite, String suffix) throws IOException {
        if (!Files.isDirectory(data)) return data;
        try (Stream<Path> s = Files.list(data)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.size() != 1) {
                throw new IOException("expected one " + suffix + " file for " + suite + " in " + data + ", found " + found.size()
                        + (found.isEmpty() ? "" : ": " + found));
            }
            return found.get(0);
        }
    }
}
