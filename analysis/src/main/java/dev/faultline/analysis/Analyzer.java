package dev.faultline.analysis;

import dev.faultline.pipeline.Loading;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.places.Gazetteer;
import dev.faultline.places.GazetteerFiles;
import dev.faultline.places.GazetteerSources;
import dev.faultline.places.Geocoder;
import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.events.coder.EventCoder;
import dev.faultline.events.patterns.PatternBook;
import dev.faultline.events.sources.Attributor;
import dev.faultline.nlp.LanguageLayer;
import dev.faultline.nlp.LayerOptions;
import dev.faultline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The analysis pipeline, assembled once from named parts and safe to share between threads:
 * {@code language layer > actors > parse > events > places > sources}. Loading it costs seconds (CoreNLP's models, the
 * knowledge base); applying it costs milliseconds an article.
 */
public final class Analyzer {
    /**
     * Bumped when a stage of this module changes what it produces (12: no outlet ground among namesakes; 13: relation
     * claims attributed and stored).
     */
    private static final String PIPELINE_VERSION = "13";

    private final AnalysisOptions options;
    private final LanguageLayer layer;
    private final ActorResolver resolver;
    private final EventCoder coder;
    private final Geocoder geocoder;
    private final Pipeline<Article, ResolvedDocument> actors;
    private final Pipeline<Article, CodedDocument> pipeline;

    private Analyzer(AnalysisOptions options, LanguageLayer layer, ActorResolver resolver, EventCoder coder, Geocoder geocoder) {
        this.options = options;
        this.layer = layer;
        this.resolver = resolver;
        this.coder = coder;
        this.geocoder = geocoder;
        this.actors = Pipeline.of(layer).then(resolver);
        this.pipeline = actors.then(new EventSentenceParsing(layer, coder)).then(coder).then(geocoder).then(new Attributor());
    }

    /**
     * Loads the models and knowledge the options name. They are independent, so they load side by side (three
     * threads beside this one): the knowledge base, pattern book and gazetteer; the dependency parser; the fine-type
     * gazetteer; and here the tagger and entity recognizer. Start-up costs about the longest of them, not their sum.
     */
    public static Analyzer load(AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
        ExecutorService loader = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "faultline-load");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Knowledge> knowledge = loader.submit(() -> Knowledge.load(options));
            LanguageLayer layer = LanguageLayer.create(LayerOptions.defaults(), loader);
            Knowledge k = await(knowledge);
            return new Analyzer(options, layer, ActorResolver.create(k.kb(), k.dictionaries()), EventCoder.create(k.book(), k.kb().cues()),
                    new Geocoder(k.gazetteer()));
        } finally {
            loader.shutdown(); // the parser may still be loading: the pool ends when it is done
        }
    }

    /** What the actor, event and place stages know, loaded together. */
    private record Knowledge(KnowledgeBase kb, List<TabariDictionary> dictionaries, PatternBook book, Gazetteer gazetteer) {
        static Knowledge load(AnalysisOptions options) {
            KnowledgeBase kb = KnowledgeBase.load(options.knowledge());
            List<TabariDictionary> dictionaries = List.of();
            if (!options.tabariActors().isEmpty() || !options.tabariAgents().isEmpty()) {
                try {
                    dictionaries = List.of(TabariDictionary.load(options.tabariActors(), options.tabariAgents()));
                } catch (IOException e) {
                    throw new AnalysisException("cannot read the TABARI dictionaries " + options.tabariActors() + " "
                            + options.tabariAgents() + ": " + e.getMessage(), e);
                }
            }
            return new Knowledge(kb, dictionaries, PatternBook.load(options.patterns()), Analyzer.gazetteer(options.geonames()));
        }
    }

    private static <T> T await(Future<T> loading) {
        return Loading.await(loading, "the knowledge", AnalysisException::new);
    }

    /**
     * GeoNames places when the cached file is there (see {@link GazetteerFiles}), with a user's own GeoNames
     * files ({@code --geonames}); countries and the team's regions only otherwise.
     */
    private static Gazetteer gazetteer(List<Path> extra) {
        GazetteerSources sources = GazetteerFiles.locate().plus(extra);
        if (sources.isEmpty()) return Gazetteer.countriesOnly();
        try {
            return Gazetteer.open(sources);
        } catch (IOException e) {
            throw new AnalysisException("cannot read the gazetteer: " + e.getMessage(), e);
        }
    }

    /** The whole pipeline: {@code layer > actors > parse > events > places > sources}. */
    public Pipeline<Article, CodedDocument> pipeline() {
        return pipeline;
    }

    /** The pipeline up to actor resolution, for uses that need no events (and no parses). */
    public Pipeline<Article, ResolvedDocument> actors() {
        return actors;
    }

    public LanguageLayer layer() {
        return layer;
    }

    public ActorResolver resolver() {
        return resolver;
    }

    public EventCoder coder() {
        return coder;
    }

    /** Identifies what this pipeline produces; stored with each analysis so an unchanged re-run skips it. */
    public String version() {
        return "pipeline " + PIPELINE_VERSION + "; actors " + resolver.version() + "; events " + coder.version()
                + "; places " + geocoder.gazetteer().size();
    }

    /**
     * Whether an article goes through the pipeline at all: English, not a copy of another stored
     * article (copies must never count twice), and not empty.
     */
    public static boolean analyzes(Article a) {
        return a.isEnglish() && a.duplicateOf() == null && !a.text().isBlank();
    }

    public CodedDocument analyze(Article article) {
        return pipeline.apply(article);
    }

    public ResolvedDocument resolve(Article article) {
        return actors.apply(article);
    }

    /**
     * Analyses articles on the options' threads and hands each outcome to {@code sink} on the calling thread (so the
     * sink needs no locking: a store writes from one thread), in input order, each as soon as it and those before it
     * are done: a few articles per thread are in flight at once, so a crash loses only those. An article that fails is
     * reported as {@link Outcome.Failed} and the others go on. Each article's analysis is {@link #analyze}'s: nothing
     * depends on the other articles of the batch, so a batch, one article at a time (a server) and partitions (Spark)
     * give the same analyses.
     */
    public void analyzeAll(List<Article> articles, Consumer<Outcome> sink) {
        Objects.requireNonNull(sink, "sink");
        if (articles.isEmpty()) return;
        int threads = Math.min(options.threads(), articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "faultline-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < articles.size() || !inFlight.isEmpty()) {
                while (next < articles.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    Article a = articles.get(next++);
                    inFlight.add(pool.submit(() -> outcome(a)));
                }
                sink.accept(inFlight.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("interrupted while analysing " + articles.size() + " articles", e);
        } catch (ExecutionException e) {
            throw new AnalysisException("analysis failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Articles submitted ahead per thread: enough to keep the threads busy while the sink stores the head. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private Outcome outcome(Article a) {
        try {
            return new Outcome.Analyzed(pipeline.apply(a));
        } catch (RuntimeException e) {
            return new Outcome.Failed(a, why(e));
        }
    }

    private static String why(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return e.getMessage() + (root != e ? " (" + root + ")" : "");
    }
}
