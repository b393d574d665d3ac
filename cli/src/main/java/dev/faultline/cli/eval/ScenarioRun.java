package dev.faultline.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.cli.Faultline;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.scenario.ScenarioFolder;
import dev.faultline.eval.scenario.ScenarioOutput;
import dev.faultline.eval.scenario.ScenarioSuite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario folder run as a user would run it: {@code analyze} of its reports with its manifest into
 * a fresh DuckDB store, then {@code events}, {@code relations}, {@code ruptures}, {@code blocs --by year}
 * and {@code actors}, each {@code --format jsonl}, scored against its {@code facts.json}. Going through
 * the commands themselves keeps what is scored exactly what a user sees, through the contract's shapes.
 */
final class ScenarioRun implements SuiteRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        ScenarioFolder folder = ScenarioFolder.read(data);
        Path work = Files.createTempDirectory("faultline-scenario");
        try {
            String db = work.resolve("scenario.duckdb").toString();
            List<String> analyze = new ArrayList<>(List.of("analyze"));
            folder.reports().forEach(p -> analyze.add(p.toString()));
            analyze.addAll(List.of("--manifest", folder.manifest().toString(), "--db", db, "--threads", Integer.toString(options.threads())));
            options.geonames().forEach(g -> analyze.addAll(List.of("--geonames", g.toString())));
            List<String> knowledge = new ArrayList<>();
            options.knowledge().forEach(k -> knowledge.addAll(List.of("--knowledge", k.toString())));
            analyze.addAll(knowledge);
            command(analyze, failures);
            ScenarioOutput out = new ScenarioOutput(rows(failures, "events", "--db", db),
                    rows(failures, withAll(List.of("relations", "--db", db), knowledge)),
                    rows(failures, withAll(List.of("ruptures", "--db", db), knowledge)),
                    rows(failures, withAll(List.of("blocs", "--by", "year", "--db", db), knowledge)),
                    rows(failures, "actors", "--db", db));
            return ScenarioSuite.score(folder.facts(), out);
        } finally {
            deleteAll(work);
        }
    }

    /** Runs a command of this command line; what it printed on stdout, or its messages added to {@code failures} when it failed. */
    private static String command(List<String> args, List<String> failures) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Faultline.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != Faultline.OK) {
            err.toString().lines().filter(l -> !l.isBlank()).forEach(l -> failures.add("scenario: " + args.get(0) + ": " + l.replaceFirst("^faultline: ", "")));
        }
        return out.toString();
    }

    private static List<JsonNode> rows(List<String> failures, String... args) throws IOException {
        return rows(failures, List.of(args));
    }

    private static List<JsonNode> rows(List<String> failures, List<String> args) throws IOException {
        List<String> withFormat = withAll(args, List.of("--format", "jsonl"));
        List<JsonNode> out = new ArrayList<>();
        for (String line : command(withFormat, failures).lines().toList()) if (!line.isBlank()) out.add(JSON.readTree(line));
        return out;
    }

    private static List<String> withAll(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
