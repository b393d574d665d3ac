package dev.faultline.cli.bench;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Outcome;
import dev.faultline.domain.text.Sentence;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.domain.Article;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.dup.MinHasher;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code faultline analyze} does after reading its inputs, timed: the articles are stored in a
 * fresh DuckDB file, then the whole pipeline (language layer, actors, parses, events, places) runs over
 * them and every analysis is stored, as the command does (the same analysis job). Model loading is timed once, apart; each run
 * has its own database so no run finds work already done.
 */
final class PipelineThroughput {
    /**
     * Where the parses went, over the sample: sentences, those parsed (chosen by the coder and short enough), and those of
     * the parsed that yield an event or a force claim. The rest decided nothing in their own sentence; some still hold
     * a speech act that attributes another sentence's event, so they are an upper bound on needless parses.
     */
    record Parses(long sentences, long parsed, long parsedWithEvent) {
        String markdown() {
            return String.format(Locale.ROOT, "Parses: %,d of %,d sentences parsed (%.0f%%); %,d of those yield an event or a force "
                            + "claim, %,d (%.0f%% of the parses) yield none in their own sentence.",
                    parsed, sentences, 100.0 * parsed / Math.max(1, sentences), parsedWithEvent, parsed - parsedWithEvent,
                    100.0 * (parsed - parsedWithEvent) / Math.max(1, parsed));
        }
    }

    record Result(int articles, long events, double loadSeconds, List<Double> seconds, Parses parses) {
        double median() {
            List<Double> s = new ArrayList<>(seconds);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }

        String markdown(int threads) {
            StringBuilder perRun = new StringBuilder("[");
            for (double x : seconds) perRun.append(perRun.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", articles / x));
            perRun.append(']');
            return String.format(Locale.ROOT, """
                    | stage | articles | events | seconds (median of %d) | articles/s | articles/s per run |
                    |---|---|---|---|---|---|
                    | analyze: store, layer, actors, parses, events, places, store analyses | %d | %,d | %.1f | **%.1f** | %s |

                    Loading the pipeline's models and knowledge (once per process): %.1f s. %d threads.

                    %s
                    """, seconds.size(), articles, events, median(), articles / median(), perRun, loadSeconds, threads, parses.markdown());
        }
    }

    private PipelineThroughput() {
    }

    static Result measure(List<Article> articles, int runs, int warmups, int threads, PrintStream log) {
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(threads));
        double load = (System.nanoTime() - t0) / 1e9;
        log.printf(Locale.ROOT, "  pipeline: models loaded in %.1f s%n", load);
        MinHasher hasher = new MinHasher(128, 5);                 // as ingest signs articles
        List<Double> times = new ArrayList<>();
        long events = 0;
        for (int run = 0; run < warmups + runs; run++) {
            Path dir;
            try {
                dir = Files.createTempDirectory("faultline-bench");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder for the benchmark's database", e);
            }
            AtomicLong coded = new AtomicLong();
            AtomicInteger failed = new AtomicInteger();
            long start = System.nanoTime();
            try (Store store = Stores.duckdb(dir.resolve("bench.duckdb"))) {
                for (Article a : articles) store.save(a, hasher.signature(a.text()));
                AnalysisJob.Summary summary = new AnalysisJob(analyzer).run(store, ProgressListener.none());
                coded.set(store.events(EventQuery.all()).count());
                failed.set(summary.failures().size());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.printf(Locale.ROOT, "  pipeline: %s %d: %.1f s (%.1f articles/s, %d events, %d failed)%n",
                    run < warmups ? "warm-up" : "run", run < warmups ? run + 1 : run - warmups + 1, seconds,
                    articles.size() / seconds, coded.get(), failed.get());
            if (run >= warmups) times.add(seconds);
            events = coded.get();
            BenchFiles.deleteQuietly(dir);
        }
        return new Result(articles.size(), events, load, times, parses(analyzer, articles));
    }

    /** One more pass, untimed, to count what was parsed and what the parses gave. */
    private static Parses parses(Analyzer analyzer, List<Article> articles) {
        long[] n = new long[3];
        analyzer.analyzeAll(articles.stream().filter(Analyzer::analyzes).toList(), outcome -> {
            if (!(outcome instanceof Outcome.Analyzed a)) return;
            Set<Integer> decided = new HashSet<>();
            a.coded().events().forEach(e -> decided.add(e.sentence()));
            a.coded().forces().forEach(f -> decided.add(f.sentence()));
            for (Sentence s : a.coded().resolved().document().sentences()) {
                n[0]++;
                if (s.isParsed()) {
                    n[1]++;
                    if (decided.contains(s.index())) n[2]++;
                }
            }
        });
        return new Parses(n[0], n[1], n[2]);
    }
}
