package dev.faultline.cli;

import dev.faultline.domain.Article;
import dev.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code faultline analyze PATH...}: ingest, then every later stage, then a summary on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Ingests reports and runs every analysis stage over them, then prints a summary.",
                "Exit code 1 when an input had to be skipped (the others are still stored)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            IngestRun.Summary summary = IngestCommand.ingest(s, inputs, err);
            printSummary(out, summary, s.describe());
            return summary.anySkipped() ? Faultline.FAILURE : Faultline.OK;
        }
    }

    static void printSummary(PrintWriter out, IngestRun.Summary summary, String where) {
        out.println("Stored " + summary.describe(where) + ".");
        var articles = summary.articles();
        if (articles.isEmpty()) {
            out.flush();
            return;
        }
        out.println("Outlets:   " + counts(articles.stream().map(a -> a.outlet() == null ? "(unknown)" : a.outlet())
                .collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()))));
        out.println("Languages: " + counts(articles.stream()
                .collect(Collectors.groupingBy(Article::language, TreeMap::new, Collectors.counting()))));
        var dates = articles.stream().map(Article::published).filter(Objects::nonNull)
                .map(p -> p.date()).sorted(Comparator.naturalOrder()).toList();
        long undated = articles.size() - dates.size();
        out.println("Published: " + (dates.isEmpty() ? "unknown"
                : dates.get(0).value() + " to " + dates.get(dates.size() - 1).value())
                + (undated > 0 ? " (" + undated + " undated)" : ""));
        out.flush();
    }

    private static String counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
