package dev.faultline.nlp.bench;

import dev.faultline.domain.Article;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.nlp.CoreNlpConfig;
import dev.faultline.nlp.LanguageLayer;
import dev.faultline.nlp.LayerOptions;
import dev.faultline.nlp.ParseSelection;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Benchmarks the language layer against the naive full CoreNLP stack, same articles, same run.
 * Configurations, in this order (the naive stack last, so its 1 GB of models does not weigh on the
 * layer's figures): the layer on the CNN corpus; the layer plus parses of the sentences naming two or
 * more actors; the layer and the naive stack on the same CNN subset; the layer on Reuters-21578.
 * Each has warm-up runs, then measured runs; medians are reported.
 */
public final class LayerBench {
    public static final String USAGE = """
            usage: LayerBench [--cnn FILE] [--reuters DIR|none] [--articles N] [--parse-articles N]
                              [--baseline-articles N] [--reuters-articles N] [--runs N] [--warmups N] [--threads N]
            defaults: corpora under $faultline.shared/corpora (else ../shared), all CNN articles, 300 with parses,
                      60 for the naive comparison, 1000 Reuters articles, 3 runs, 1 warm-up, 2 threads""";

    private final PrintStream log;

    public LayerBench(PrintStream log) {
        this.log = log;
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        Path shared = Path.of(System.getProperty("faultline.shared", "../shared"));
        BenchOptions options = BenchOptions.parse(args, shared);
        BenchReport report = new LayerBench(System.err).run(options, "LayerBench " + String.join(" ", args));
        System.out.println(report.markdown());
    }

    /** Runs the benchmark; progress goes to the log, the result comes back. */
    public BenchReport run(BenchOptions o, String command) {
        long t0 = System.nanoTime();
        LanguageLayer layer = LanguageLayer.create(LayerOptions.defaults().withThreads(o.threads()));
        return run(o, command, layer, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Runs the benchmark with a layer the caller already loaded (in {@code loadSeconds}), so that a
     * caller measuring later stages on the same layer does not load the models twice.
     */
    public BenchReport run(BenchOptions o, String command, LanguageLayer layer, double loadSeconds) {
        String environment = String.format(Locale.ROOT, "%s, JDK %s (%s), %d cores, max heap %,d MB, %s",
                LocalDate.now(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), HeapSampler.max() >> 20, System.getProperty("os.name"));
        List<Article> cnn = CnnCorpus.read(o.cnn(), Math.max(o.articles(), 0));
        log.printf("read %d CNN articles from %s%n", cnn.size(), o.cnn());

        long t0 = System.nanoTime();
        layer.parse(layer.apply(cnn.get(0)), java.util.Set.of(0)); // load the parser too
        double layerLoad = loadSeconds + (System.nanoTime() - t0) / 1e9;
        long layerLive = HeapSampler.liveAfterGc();
        log.printf("layer loaded in %.1f s, live heap %d MB%n", layerLoad, layerLive >> 20);

        List<ConfigResult> results = new ArrayList<>();
        results.add(measure("faultline layer", "CNN", cnn, o, arts -> layerRun(layer, arts, o.threads(), null)));
        if (o.parseArticles() > 0) {
            List<Article> sub = head(cnn, o.parseArticles());
            results.add(measure("layer + parse of sentences naming ≥2 actors", "CNN", sub, o,
                    arts -> layerRun(layer, arts, o.threads(), ParseSelection.namingAtLeast(2))));
        }
        if (o.reuters() != null && o.reutersArticles() > 0) {
            List<Article> reuters = ReutersCorpus.read(o.reuters(), o.reutersArticles());
            log.printf("read %d Reuters articles from %s%n", reuters.size(), o.reuters());
            results.add(measure("faultline layer", "Reuters-21578", reuters, o, arts -> layerRun(layer, arts, o.threads(), null)));
        }
        double naiveLoad = 0;
        long naiveLive = 0;
        if (o.baselineArticles() > 0) {
            List<Article> sub = head(cnn, o.baselineArticles());
            results.add(measure("faultline layer (baseline subset)", "CNN", sub, o, arts -> layerRun(layer, arts, o.threads(), null)));
            results.add(measure("layer + parse of every sentence (baseline subset)", "CNN", sub, o,
                    arts -> layerRun(layer, arts, o.threads(), ParseSelection.all())));
            t0 = System.nanoTime();
            StanfordCoreNLP naive = new StanfordCoreNLP(CoreNlpConfig.naive());
            naiveLoad = (System.nanoTime() - t0) / 1e9;
            naiveLive = HeapSampler.liveAfterGc();
            log.printf("naive stack loaded in %.1f s, live heap %d MB%n", naiveLoad, naiveLive >> 20);
            results.add(measure("naive full CoreNLP (default ner, depparse)", "CNN", sub, o, arts -> naiveRun(naive, arts, o.threads())));
        }
        return new BenchReport(environment, command, layerLoad, layerLive, naiveLoad, naiveLive, results);
    }

    private ConfigResult measure(String name, String corpus, List<Article> articles, BenchOptions o,
                                 Function<List<Article>, RunResult> run) {
        for (int i = 0; i < o.warmups(); i++) {
            RunResult r = run.apply(articles);
            log.printf("  %s on %s: warm-up %.2f articles/s%n", name, corpus, r.articlesPerSecond());
        }
        List<RunResult> runs = new ArrayList<>();
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            for (int i = 0; i < o.runs(); i++) {
                RunResult r = run.apply(articles);
                runs.add(r);
                log.printf("  %s on %s: run %d: %d articles, %d tokens in %.1f s = %.2f articles/s, %.0f tokens/s%n", name,
                        corpus, i + 1, r.articles(), r.tokens(), r.seconds(), r.articlesPerSecond(), r.tokensPerSecond());
            }
            peak = heap.peakBytes();
        }
        return new ConfigResult(name, corpus, runs, peak);
    }

    private static RunResult layerRun(LanguageLayer layer, List<Article> articles, int threads, ParseSelection parse) {
        long t0 = System.nanoTime();
        List<AnnotatedDocument> docs = parse == null ? layer.annotateAll(articles, threads) : layer.annotateAll(articles, threads, parse);
        double s = (System.nanoTime() - t0) / 1e9;
        long sentences = 0, tokens = 0, parsed = 0;
        for (AnnotatedDocument d : docs) {
            sentences += d.sentences().size();
            tokens += d.tokenCount();
            parsed += d.parsedSentences().size();
        }
        return new RunResult(docs.size(), sentences, tokens, parsed, s);
    }

    private static RunResult naiveRun(StanfordCoreNLP naive, List<Article> articles, int threads) {
        List<Annotation> annotations = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Annotation an = new Annotation(a.text());
            if (a.published() != null) an.set(CoreAnnotations.DocDateAnnotation.class, a.published().date().start().toString());
            annotations.add(an);
        }
        long t0 = System.nanoTime();
        naive.annotate(annotations, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        long sentences = 0, tokens = 0;
        for (Annotation an : annotations) {
            List<CoreMap> ss = an.get(CoreAnnotations.SentencesAnnotation.class);
            sentences += ss.size();
            for (CoreMap m : ss) tokens += m.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return new RunResult(articles.size(), sentences, tokens, sentences, s);
    }

    private static <T> List<T> head(List<T> all, int n) {
        return all.subList(0, Math.min(n, all.size()));
    }
}
