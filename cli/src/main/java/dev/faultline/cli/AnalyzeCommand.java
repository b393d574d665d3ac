package dev.faultline.cli;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.domain.Article;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/** {@code faultline analyze PATH...}: ingest, then every later stage, then a summary on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Ingests reports and runs every analysis stage over them, then prints a summary.",
                "Exit code 1 when an input had to be skipped or an article failed (the others are still stored)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Mixin StoreOptions store;
    @Mixin PipelineOptions pipeline;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.check(spec);
        // The models load while the inputs are read and stored: neither waits for the other.
        FutureTask<Analyzer> loading = new FutureTask<>(() -> Analyzer.load(pipeline.toOptions()));
        Thread loader = new Thread(loading, "faultline-load");
        loader.setDaemon(true);
        loader.start();
        try (Store s = store.open()) {
            IngestJob.Summary summary = IngestCommand.ingest(s, inputs, err);
            printSummary(out, summary, s.describe());
            Analyzer analyzer = loaded(loading);
            ProgressListener progress = Progress.forTerminal("Analysing");
            AnalysisJob.Summary analysis;
            try {
                analysis = new AnalysisJob(analyzer).run(s, progress);
            } finally {
                Progress.close(progress);
            }
            analysis.failures().forEach(f -> err.println("faultline: " + f));
            printAnalysis(out, analysis);
            printEvents(out, s.events(EventQuery.all()).toList());
            return summary.anySkipped() || analysis.anyFailed() ? Faultline.FAILURE : Faultline.OK;
        }
    }

    private static Analyzer loaded(Future<Analyzer> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("loading the pipeline failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the pipeline", e);
        }
    }

    static void printSummary(PrintWriter out, IngestJob.Summary summary, String where) {
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

    static void printAnalysis(PrintWriter out, AnalysisJob.Summary a) {
        out.println("Analysed:  " + a.analysed() + (a.analysed() == 1 ? " article" : " articles")
                + (a.upToDate() > 0 ? " (" + a.upToDate() + " already up to date)" : "")
                + (a.anyFailed() ? ", " + a.failures().size() + " failed" : "")
                + (a.analysed() > 0 ? ": " + a.sentences() + " sentences, " + a.tokens() + " tokens" : ""));
        if (a.analysed() > 0) {
            out.println("Entities:  " + (a.entities().isEmpty() ? "none" : counts(a.entities().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().name(), e -> (long) e.getValue(), Long::sum, TreeMap::new)))));
            out.println("Actors:    " + a.actors().size() + " (" + a.candidates().size() + " not in the knowledge base), "
                    + a.actorMentions() + " mentions; list them with `faultline actors`");
        }
        out.flush();
    }

    /** Every stored event by type, and the pairs of actors that act on each other most. */
    static void printEvents(PrintWriter out, List<CodedEvent> events) {
        if (events.isEmpty()) {
            out.println("Events:    none");
            out.flush();
            return;
        }
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(e -> e.type().name(), Collectors.counting()));
        out.println("Events:    " + events.size() + ": " + byType.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + "; list them with `faultline events`");
        Map<String, Long> dyads = new TreeMap<>();
        for (CodedEvent e : events) {
            Set<String> pairs = new java.util.LinkedHashSet<>();
            for (ActorMention a : e.source()) for (ActorMention b : e.target()) {
                if (!a.actor().id().equals(b.actor().id())) pairs.add(a.actor().id() + " > " + b.actor().id());
            }
            pairs.forEach(d -> dyads.merge(d, 1L, Long::sum));
        }
        if (!dyads.isEmpty()) {
            out.println("Top dyads: " + dyads.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
        out.flush();
    }

    private static String counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
