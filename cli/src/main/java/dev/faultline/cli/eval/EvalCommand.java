package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.cli.Faultline;
import dev.faultline.eval.EvalReport;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code faultline eval SUITE --data PATH [--out FILE]}: scores the pipeline on a gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Faultline on a gold-standard set and prints a table; --out writes the JSON report",
                "(metrics as top-level keys, n, and every case with what was expected and produced).",
                "Suites: re3d (entities, per type), acled (events of real conflict data), plover (event types and actors),",
                "cameo-roles (source and target spans), petrarch (coder mechanics with TABARI dictionaries),",
                "fakes (month and governorate of Syrian war articles' main events),",
                "scenario (a folder of one conflict's reports with manifest.csv and facts.json: facts, relations, ruptures, blocs)."})
public final class EvalCommand implements Callable<Integer> {
    /** Every suite by name, in the order the help lists them. */
    static final Map<String, SuiteRun> SUITES = suites();

    private static Map<String, SuiteRun> suites() {
        Map<String, SuiteRun> m = new LinkedHashMap<>();
        m.put("re3d", new Re3dRun());
        m.put("acled", new AcledRun());
        m.put("plover", new PloverRun());
        m.put("cameo-roles", new RolesRun());
        m.put("petrarch", new PetrarchRun());
        m.put("fakes", new FakesRun());
        m.put("scenario", new ScenarioRun());
        return Collections.unmodifiableMap(m);
    }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "One of: ${COMPLETION-CANDIDATES}", completionCandidates = Suites.class)
    String suite;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The suite's data (file or folder).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON report here.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--geonames", paramLabel = "FILE", description = "A GeoNames file whose places are added to the gazetteer; repeatable.")
    List<Path> geonames = new ArrayList<>();

    static final class Suites extends ArrayList<String> {
        Suites() {
            super(SUITES.keySet());
        }
    }

    @Override
    public Integer call() {
        SuiteRun run = SUITES.get(suite);
        if (run == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown suite '" + suite + "'; known: " + String.join(", ", SUITES.keySet()));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(data)) {
            err.println("faultline: eval " + suite + ": no data at " + data);
            return Faultline.FAILURE;
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        if (threads != null) options = options.withThreads(threads);
        options = options.withGeonames(geonames);
        List<String> failures = new ArrayList<>();
        EvalReport report;
        try {
            report = run.run(data, options, failures);
        } catch (IOException e) {
            err.println("faultline: eval " + suite + ": cannot read " + data + ": " + e.getMessage());
            return Faultline.FAILURE;
        }
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
