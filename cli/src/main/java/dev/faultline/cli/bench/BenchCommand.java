package dev.faultline.cli.bench;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.domain.Article;
import dev.faultline.nlp.LanguageLayer;
import dev.faultline.nlp.LayerOptions;
import dev.faultline.nlp.bench.BenchOptions;
import dev.faultline.nlp.bench.BenchReport;
import dev.faultline.nlp.bench.CnnCorpus;
import dev.faultline.nlp.bench.LayerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code faultline bench}: the language layer against the naive full CoreNLP stack on the shared
 * corpora (same run, same articles, same threads), then what actor resolution adds. Progress goes to
 * stderr, the Markdown tables for BENCHMARKS.md to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput and peak heap of the language layer against the naive full CoreNLP",
                "stack on ../shared/corpora (CNN JSONL, Reuters-21578 SGML), then actor resolution's overhead;",
                "or, with --gazetteer or --store-query, the gazetteer's start-up or event queries on a large store.",
                "Prints Markdown for BENCHMARKS.md. Takes minutes; run it on a quiet machine."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--corpora", paramLabel = "DIR", description = "The corpora folder (default: ../shared/corpora).")
    Path corpora;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0", description = "CNN articles for the layer (0: all; default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--parse-articles", paramLabel = "N", defaultValue = "300", description = "CNN articles for the layer with parses (default ${DEFAULT-VALUE}).")
    int parseArticles;

    @Option(names = "--baseline-articles", paramLabel = "N", defaultValue = "60", description = "CNN articles for the naive CoreNLP comparison; 0 skips it (default ${DEFAULT-VALUE}).")
    int baselineArticles;

    @Option(names = "--reuters-articles", paramLabel = "N", defaultValue = "1000", description = "Reuters articles; 0 skips them (default ${DEFAULT-VALUE}).")
    int reutersArticles;

    @Option(names = "--actor-articles", paramLabel = "N", defaultValue = "300", description = "CNN articles for the actor-resolution overhead; 0 skips it (default ${DEFAULT-VALUE}).")
    int actorArticles;

    @Option(names = "--pipeline-articles", paramLabel = "N", defaultValue = "0",
            description = "CNN articles for the end-to-end analyze measurement (every stage, stored in DuckDB); 0 skips it (default ${DEFAULT-VALUE}).")
    int pipelineArticles;

    @Option(names = "--cold-starts", paramLabel = "N", defaultValue = "0",
            description = "New processes that each analyse one report into a new database, timed from start to exit (the report's events "
                    + "stored) with their peak resident memory; 0 skips it (default ${DEFAULT-VALUE}).")
    int coldStarts;

    @Option(names = "--cold-report", paramLabel = "FILE",
            description = "The report the cold starts analyse (default: the first seed report, ../shared/seeds).")
    Path coldReport;

    @Option(names = "--corpus", paramLabel = "WHICH", defaultValue = "all",
            description = "cnn: the CNN corpus only; all: CNN and Reuters-21578 (default ${DEFAULT-VALUE}).")
    Corpus corpus;

    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compare with the naive full CoreNLP stack (--no-baseline skips it; default on).")
    boolean baseline;

    @Option(names = "--with-actors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Time actor resolution over the layer's documents (--no-with-actors skips it; default on).")
    boolean withActors;

    /** Which corpora the layer runs on: LayerBench always measures the CNN layer, so cnn or both. */
    enum Corpus { cnn, all }

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Measured runs per configuration (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--gazetteer", description = "Measure only the gazetteer's start-up: building and compiling it, then opening the compiled form.")
    boolean gazetteer;

    @Option(names = "--store-query", description = "Measure only event queries on a large store: the seeds analysed, copied until the "
            + "store holds --store-events events, then queried; says how many article texts each query read.")
    boolean storeQuery;

    @Option(names = "--store-events", paramLabel = "N", defaultValue = "100000", description = "Events in the store of --store-query (default ${DEFAULT-VALUE}).")
    int storeEvents;

    @Option(names = "--store-keep", paramLabel = "FILE", description = "Keep the store of --store-query as this DuckDB file "
            + "(for the server's benchmark, scripts/serve-bench.sh) instead of deleting it.")
    Path storeKeep;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "1", description = "Warm-up runs per configuration (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gazetteer) return gazetteer(out, err);
        if (storeQuery) return storeQuery(out, err);
        Path dir = corpora != null ? corpora : Path.of(System.getProperty("faultline.shared", "../shared")).resolve("corpora");
        BenchOptions defaults = BenchOptions.defaults(dir.getParent() == null ? Path.of(".") : dir.getParent());
        Path cnn = dir.resolve(defaults.cnn().getFileName());
        if (!Files.isRegularFile(cnn)) {
            err.println("faultline: bench: no CNN corpus at " + cnn + " (give --corpora DIR)");
            return ExitCode.SOFTWARE;
        }
        Path reuters = dir.resolve("reuters21578");
        boolean withReuters = corpus == Corpus.all && Files.isDirectory(reuters) && reutersArticles > 0;
        // a sub-measurement never takes more articles than the layer's own (--articles 3 is a 3-article bench)
        int parse = articles > 0 ? Math.min(parseArticles, articles) : parseArticles;
        int naive = !baseline ? 0 : articles > 0 ? Math.min(baselineArticles, articles) : baselineArticles;
        int actors = !withActors ? 0 : articles > 0 ? Math.min(actorArticles, articles) : actorArticles;
        BenchOptions options;
        try {
            options = new BenchOptions(cnn, withReuters ? reuters : null, articles, parse, naive,
                    withReuters ? reutersArticles : 0, runs, warmups, threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
        String command = "faultline " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ColdStart.Result cold = null;
        if (coldStarts > 0) {                                   // first, while this process holds no models
            Path report = coldReport != null ? coldReport : firstSeed();
            if (report == null) {
                err.println("faultline: bench: no report for the cold starts (give --cold-report FILE)");
                return ExitCode.SOFTWARE;
            }
            cold = ColdStart.measure(report, coldStarts, log);
        }
        long t0 = System.nanoTime();
        LanguageLayer layer = LanguageLayer.create(LayerOptions.defaults().withThreads(threads));
        BenchReport report = new LayerBench(log).run(options, command, layer, (System.nanoTime() - t0) / 1e9);
        out.println(report.markdown());
        if (actors > 0) {                                       // the same layer: the models load once
            List<Article> sample = CnnCorpus.read(cnn, actors);
            ActorResolver resolver = ActorResolver.create(KnowledgeBase.load());
            ActorOverhead.Result r = ActorOverhead.measure(layer, resolver, sample, runs, threads, log);
            out.println();
            out.println("### Actor resolution over the layer (" + sample.size() + " CNN articles)");
            out.println();
            out.println(r.markdown(runs, threads));
        }
        double steady = Double.NaN;
        if (pipelineArticles > 0) {                             // the whole pipeline loads its own models
            List<Article> sample = CnnCorpus.read(cnn, pipelineArticles);
            PipelineThroughput.Result r = PipelineThroughput.measure(sample, runs, warmups, threads, log);
            out.println();
            out.println("### End to end: `analyze` over " + sample.size() + " CNN articles");
            out.println();
            out.println(r.markdown(threads));
            steady = sample.size() / r.median();
        }
        out.println();
        out.println(SpeedSummary.markdown(cold, steady, report));
        out.flush();
        return ExitCode.OK;
    }

    /** The first seed report (by name), or null without the seeds. */
    private static Path firstSeed() {
        Path seeds = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("seeds");
        if (!Files.isDirectory(seeds)) return null;
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private int storeQuery(PrintWriter out, PrintWriter err) {
        if (storeEvents < 1) throw new ParameterException(spec.commandLine(), "--store-events must be at least 1, was " + storeEvents);
        Path seeds = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("seeds");
        if (!Files.isRegularFile(seeds.resolve("manifest.csv"))) {
            err.println("faultline: bench --store-query: no seeds at " + seeds);
            return ExitCode.SOFTWARE;
        }
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
        StoreQueryBench.Result r = StoreQueryBench.measure(seeds, storeEvents, runs, threads, storeKeep, log);
        out.println("### Event queries on a store of " + String.format(java.util.Locale.ROOT, "%,d", r.events()) + " events (" + runs
                + " runs, median)");
        out.println();
        out.println(r.markdown());
        out.flush();
        return ExitCode.OK;
    }

    private int gazetteer(PrintWriter out, PrintWriter err) {
        dev.faultline.places.GazetteerSources sources = dev.faultline.places.GazetteerFiles.locate();
        if (sources.isEmpty()) {
            err.println("faultline: bench --gazetteer: no GeoNames file; run scripts/fetch-gazetteer.sh");
            return ExitCode.SOFTWARE;
        }
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true);
        try {
            GazetteerBench.Result r = GazetteerBench.measure(sources, runs, log);
            out.println("### Gazetteer start-up (" + runs + " runs, median)");
            out.println();
            out.println(r.markdown(sources));
        } catch (java.io.IOException e) {
            err.println("faultline: bench --gazetteer: " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
        out.flush();
        return ExitCode.OK;
    }
}
