package dev.faultline.cli.bench;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.EventQuery;
import dev.faultline.store.PageRequest;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Event queries on a large store: the seeds are analysed for real, then their articles and analyses are copied (new
 * ids, dates shifted by a day per copy, the texts kept whole) into a DuckDB store until it holds the events asked for.
 * Each query then runs several times; the store it runs on counts every call that returns an article's text, which
 * must stay at zero. Reading every article with its text, as the listings did before the store had descriptions,
 * is timed beside them.
 */
final class StoreQueryBench {
    /** One timed query: what it asked, how many items it gave, its runs in seconds, and the text-reading calls it made. */
    record Query(String what, long items, List<Double> seconds, int textReads) {
        double median() {
            List<Double> s = new ArrayList<>(seconds);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }
    }

    record Result(int articles, long events, long dbBytes, double buildSeconds, List<Query> queries) {
        String markdown() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "A DuckDB store of %,d events on %,d articles (%,d MB; built in %.0f s from the seeds' real analyses, copied "
                            + "with new ids and shifted dates).%n%n| query | items | median | runs | article texts read |%n|---|---|---|---|---|%n",
                    events, articles, dbBytes >> 20, buildSeconds));
            for (Query q : queries) {
                StringBuilder runs = new StringBuilder();
                for (double s : q.seconds) runs.append(runs.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.0f", s * 1000));
                b.append(String.format(Locale.ROOT, "| %s | %,d | %.0f ms | %s ms | %s |%n", q.what, q.items, q.median() * 1000, runs,
                        q.textReads < 0 ? "all (by design)" : Integer.toString(q.textReads)));
            }
            return b.toString();
        }
    }

    private StoreQueryBench() {
    }

    /** {@code keep}: where to keep the built store (null: deleted with the rest). */
    static Result measure(Path seeds, int events, int runs, int threads, Path keep, PrintStream log) {
        Path dir;
        try {
            dir = Files.createTempDirectory("faultline-store-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the benchmark's store", e);
        }
        try {
            long t0 = System.nanoTime();
            Path db = dir.resolve("large.duckdb");
            int articles = build(seeds, db, events, threads, dir, log);
            double build = (System.nanoTime() - t0) / 1e9;
            Result result;
            try (Store store = Stores.duckdb(db)) {
                AtomicInteger textReads = new AtomicInteger();
                Store counted = counting(store, textReads);
                long stored = counted.events(EventQuery.all()).count();
                List<Query> queries = new ArrayList<>();
                EventQuery iran = EventQuery.all().withActor("iran");
                queries.add(time("first page (100) of `events --actor iran`", runs, textReads,
                        () -> (long) counted.events(iran, PageRequest.first(100)).items().size(), log));
                queries.add(time("every event of `events --actor iran`", runs, textReads, () -> counted.events(iran).count(), log));
                queries.add(time("every event, a page of 1,000 at a time", runs, textReads, () -> counted.events(EventQuery.all()).count(), log));
                queries.add(time("every article's description (outlet, date; no text)", runs, textReads,
                        () -> counted.articleInfos().count(), log));
                Query withText = time("every article with its text (what the listings read before)", runs, textReads,
                        () -> counted.articles().count(), log);
                queries.add(new Query(withText.what(), withText.items(), withText.seconds(), -1));
                result = new Result(articles, stored, size(db), build, queries);
            }
            if (keep != null) Files.move(db, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);   // closed: whole
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the store as " + keep, e);
        } finally {
            BenchFiles.deleteQuietly(dir);
        }
    }

    /** Analyses the seeds, then copies their articles and analyses into {@code db} until it holds {@code events} events. */
    private static int build(Path seeds, Path db, int events, int threads, Path dir, PrintStream log) {
        Ingest ingest = Ingest.withDefaults();
        List<Article> originals;
        try (Store source = Stores.duckdb(dir.resolve("seeds.duckdb"))) {
            new IngestJob(ingest).run(source, List.of(seeds), seeds.resolve("manifest.csv"), ProgressListener.none());
            Analyzer analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(threads));
            new AnalysisJob(analyzer).run(source, ProgressListener.none());
            originals = source.articles().toList();
            long perCopy = source.events(EventQuery.all()).count();
            int copies = (int) Math.ceil(events / (double) perCopy);
            log.printf(Locale.ROOT, "store bench: %d seed articles, %d events; %d copies%n", originals.size(), perCopy, copies);
            Map<ArticleId, List<ActorMention>> mentions = new HashMap<>();
            Map<ArticleId, List<CodedEvent>> coded = new HashMap<>();
            Map<ArticleId, List<ForceClaim>> forces = new HashMap<>();
            for (Article a : originals) {
                mentions.put(a.id(), source.actorMentions(a.id()));
                coded.put(a.id(), source.events(a.id()));
                forces.put(a.id(), source.forceClaims(a.id()));
            }
            try (Store target = Stores.duckdb(db)) {
                String version = analyzer.version();
                int n = 0;
                for (int copyNumber = 0; copyNumber < copies; copyNumber++) {
                    int k = copyNumber;
                    for (Article a : originals) {
                        Article copy = copy(a, k);
                        target.save(copy, ingest.signature(copy));
                        target.saveAnalysis(copy.id(), version, mentions.get(a.id()),
                                coded.get(a.id()).stream().map(e -> copy(e, copy.id(), k)).toList(),
                                forces.get(a.id()).stream().map(f -> copy(f, copy.id(), k)).toList());
                        n++;
                    }
                    if (k % 100 == 0) log.printf(Locale.ROOT, "store bench: copy %d of %d%n", k + 1, copies);
                }
                return n;
            }
        }
    }

    private static Article copy(Article a, int k) {
        String suffix = "\n\n(copy " + k + ")";
        String raw = a.rawText() + suffix;
        return new Article(ArticleId.of(raw), a.source(), a.title(), a.outlet(), a.url(),
                a.published() == null ? null : new PublishedDate(shift(a.published().date(), k), a.published().estimated()), a.language(), null,
                raw, a.text() + suffix, a.dropped(), a.problems());
    }

    private static CodedEvent copy(CodedEvent e, ArticleId article, int k) {
        return new CodedEvent(ArticleId.of(k + "/" + e.id()).value(), article, e.sentence(), e.begin(), e.end(), e.text(), shift(e.date(), k),
                e.source(), e.target(), e.type(), e.mode(), e.context(), e.cameo(), e.goldstein(), e.modality(), e.place(), e.size(),
                e.confidence(), e.attribution());
    }

    private static ForceClaim copy(ForceClaim f, ArticleId article, int k) {
        return new ForceClaim(ArticleId.of(k + "/" + f.id()).value(), article, f.sentence(), f.begin(), f.end(), f.text(), f.actor(),
                f.personnel(), f.estimate(), shift(f.date(), k), f.place(), f.modality(), f.attribution());
    }

    private static EventDate shift(EventDate d, int k) {
        return d == null ? null : new EventDate(shift(d.value(), k), d.basis());
    }

    /** A day {@code k} days later, a month {@code k} months later, a year {@code k} years later: copies spread out in time. */
    private static PartialDate shift(PartialDate d, int k) {
        return switch (d.precision()) {
            case DAY -> PartialDate.ofDay(d.start().plusDays(k));
            case MONTH -> PartialDate.ofMonth(d.start().plusMonths(k).getYear(), d.start().plusMonths(k).getMonthValue());
            case YEAR -> PartialDate.ofYear(d.year() + k % 50);
        };
    }

    private static Query time(String what, int runs, AtomicInteger textReads, Supplier<Long> query, PrintStream log) {
        query.get();                                                      // warm-up
        textReads.set(0);
        List<Double> seconds = new ArrayList<>();
        long items = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            items = query.get();
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        log.printf(Locale.ROOT, "store bench: %s: %d items, %s s%n", what, items, seconds);
        return new Query(what, items, seconds, textReads.get());
    }

    /** The store, counting each call of a method that returns articles with their texts. */
    private static Store counting(Store store, AtomicInteger textReads) {
        Set<String> reading = Set.of("article", "articles", "input");
        InvocationHandler h = (proxy, method, args) -> {
            // articles(PageRequest) is where every stream of articles reads; count pages there, not the stream's default
            if (reading.contains(method.getName()) && !method.isDefault()) textReads.incrementAndGet();
            try {
                return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, h);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
