package dev.faultline.cli.bench;

import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.nlp.LanguageLayer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What actor resolution adds to the language layer's time: the layer annotates the articles, then
 * the resolver reads the same documents, each on the same threads; medians over the runs.
 */
final class ActorOverhead {
    record Result(int articles, long mentions, double layerSeconds, double resolveSeconds) {
        double percent() {
            return 100 * resolveSeconds / layerSeconds;
        }

        String markdown(int runs, int threads) {
            return String.format(Locale.ROOT, """
                    | stage | articles | actor mentions | seconds (median of %d) | articles/s |
                    |---|---|---|---|---|
                    | language layer | %d | | %.2f | %.1f |
                    | actor resolution | %d | %,d | %.3f | %.0f |

                    Resolution adds **%.1f%%** to the layer's time (%d threads).
                    """, runs, articles, layerSeconds, articles / layerSeconds, articles, mentions, resolveSeconds,
                    articles / resolveSeconds, percent(), threads);
        }
    }

    private ActorOverhead() {
    }

    static Result measure(LanguageLayer layer, ActorResolver resolver, List<Article> articles, int runs, int threads, PrintStream log) {
        List<Double> layerTimes = new ArrayList<>();
        List<Double> resolveTimes = new ArrayList<>();
        long mentions = 0;
        for (int run = 0; run <= runs; run++) {                  // run 0 warms up
            long t0 = System.nanoTime();
            List<AnnotatedDocument> docs = layer.annotateAll(articles, threads);
            long t1 = System.nanoTime();
            List<ResolvedDocument> resolved = parallel(resolver, docs, threads);
            long t2 = System.nanoTime();
            mentions = resolved.stream().mapToLong(r -> r.actors().size()).sum();
            if (run == 0) continue;
            layerTimes.add((t1 - t0) / 1e9);
            resolveTimes.add((t2 - t1) / 1e9);
            log.printf(Locale.ROOT, "  actors: run %d: layer %.2f s, resolution %.3f s%n", run, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
        return new Result(articles.size(), mentions, median(layerTimes), median(resolveTimes));
    }

    private static List<ResolvedDocument> parallel(ActorResolver resolver, List<AnnotatedDocument> docs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ResolvedDocument>> futures = new ArrayList<>();
            for (AnnotatedDocument d : docs) futures.add(pool.submit(() -> resolver.apply(d)));
            List<ResolvedDocument> out = new ArrayList<>();
            for (Future<ResolvedDocument> f : futures) out.add(f.get());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("actor resolution failed during the benchmark", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
