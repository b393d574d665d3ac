package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.cli.Faultline;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.re3d.Re3dCorpus;
import dev.faultline.eval.re3d.Re3dDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline eval SUITE --data PATH [--out FILE]}: scores the pipeline on a gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Faultline on a gold-standard set and prints a table; --out writes the JSON report",
                "(metrics as top-level keys, n, and every case with what was expected and produced).",
                "Suites: re3d (entities, per type)."})
public final class EvalCommand implements Callable<Integer> {
    static final List<String> SUITES = List.of("re3d");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "One of: ${COMPLETION-CANDIDATES}", completionCandidates = Suites.class)
    String suite;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The suite's data (file or folder).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON report here.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    static final class Suites extends ArrayList<String> {
        Suites() {
            super(SUITES);
        }
    }

    @Override
    public Integer call() {
        if (!SUITES.contains(suite)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown suite '" + suite + "'; known: " + String.join(", ", SUITES));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(data)) {
            err.println("faultline: eval " + suite + ": no data at " + data);
            return Faultline.FAILURE;
        }
        List<Re3dDocument> documents;
        try {
            documents = Re3dCorpus.read(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read re3d data at " + data + ": " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            err.println("faultline: eval " + suite + ": no re3d documents under " + data);
            return Faultline.FAILURE;
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        Analyzer analyzer = Analyzer.load(threads == null ? options : options.withThreads(threads));
        List<String> failures = new ArrayList<>();
        EvalReport report = Re3dRun.run(analyzer, documents, failures);
        failures.forEach(f -> err.println("faultline: " + f));
        report.printTable(stdout);
        stdout.flush();
        if (out != null) {
            try {
                report.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
            }
        }
        return failures.isEmpty() ? Faultline.OK : Faultline.FAILURE;
    }
}
