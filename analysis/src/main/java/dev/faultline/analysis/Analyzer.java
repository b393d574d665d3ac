package dev.faultline.analysis;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.places.Gazetteer;
import dev.faultline.places.GazetteerFiles;
import dev.faultline.places.GazetteerSources;
import dev.faultline.places.Geocoder;
import dev.faultline.places.OutletGround;
import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.events.coder.EventCoder;
import dev.faultline.events.patterns.PatternBook;
import dev.faultline.events.sources.Attributor;
import dev.faultline.nlp.LanguageLayer;
import dev.faultline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The analysis pipeline, assembled once from named parts and safe to share between threads:
 * {@code language layer > actors > parse > events > places > sources}. Loading it costs seconds (CoreNLP's models, the
 * knowledge base); applying it costs milliseconds an article.
 */
public final class Analyzer {
    /** Bumped when a stage of this module changes what it produces. */
    private static final String PIPELINE_VERSION = "11";

    private final AnalysisOptions options;
    private final LanguageLayer layer;
    private final ActorResolver resolver;
    private final EventCoder coder;
    private final Geocoder geocoder;
    private final Pipeline<Article, ResolvedDocument> actors;
    private final Pipeline<Article, CodedDocument> pipeline;
    /** The pipeline up to events, before places: what a batch is geocoded from twice (see {@link #analyzeAll}). */
    private final Pipeline<Article, CodedDocument> coded;
    private final Attributor attributor = new Attributor();

    private Analyzer(AnalysisOptions options, LanguageLayer layer, ActorResolver resolver, EventCoder coder, Geocoder geocoder) {
        this.options = options;
        this.layer = layer;
        this.resolver = resolver;
        this.coder = coder;
        this.geocoder = geocoder;
        this.actors = Pipeline.of(layer).then(resolver);
        this.coded = actors.then(new EventSentenceParsing(layer, coder)).then(coder);
        this.pipeline = coded.then(geocoder).then(attributor);
    }

    /** Loads the models and knowledge the options name. */
    public static Analyzer load(AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
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
        PatternBook book = PatternBook.load(options.patterns());
        return new Analyzer(options, LanguageLayer.create(), ActorResolver.create(kb, dictionaries), EventCoder.create(book, kb.cues()),
                new Geocoder(gazetteer(options.geonames())));
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
     * sink needs no locking: a store writes from one thread), in input order, a batch of up to {@link #GROUND_BATCH}
     * articles at a time. Each batch is geocoded twice: once plainly, to learn where each outlet's reports are set,
     * and again with that ground (less the article's own places) as a hint among namesakes ({@link OutletGround}); the
     * ground carries over to later batches. An article that fails is reported as {@link Outcome.Failed} and the others
     * go on. {@link #analyze} alone, as the server and Spark use it, has no ground.
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
            OutletGround ground = OutletGround.NONE;
            for (int from = 0; from < articles.size(); from += GROUND_BATCH) {
                List<Article> batch = articles.subList(from, Math.min(articles.size(), from + GROUND_BATCH));
                List<Future<Coded>> first = new ArrayList<>(batch.size());
                for (Article a : batch) first.add(pool.submit(() -> code(a)));
                List<Coded> codedBatch = new ArrayList<>(batch.size());
                for (Future<Coded> f : first) codedBatch.add(f.get());
                ground = ground.plus(codedBatch.stream().filter(c -> c.failure() == null).map(Coded::own).toList());
                OutletGround learnt = ground;
                List<Future<Outcome>> second = new ArrayList<>(batch.size());
                for (Coded c : codedBatch) second.add(pool.submit(() -> finish(c, learnt)));
                for (Future<Outcome> f : second) sink.accept(f.get());
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

    /** Articles geocoded together, whose places teach each other where their outlets report from. */
    static final int GROUND_BATCH = 1000;

    /** An article coded up to events, with the ground its own places (placed without a ground) give, or why it failed. */
    private record Coded(Article article, CodedDocument events, OutletGround own, String failure) {}

    private Coded code(Article a) {
        try {
            CodedDocument events = coded.apply(a);
            return new Coded(a, events, OutletGround.learn(List.of(geocoder.apply(events))), null);
        } catch (RuntimeException e) {
            return new Coded(a, null, null, why(e));
        }
    }

    private Outcome finish(Coded c, OutletGround ground) {
        if (c.failure() != null) return new Outcome.Failed(c.article(), c.failure());
        try {
            OutletGround others = ground.minus(c.own());
            return new Outcome.Analyzed(attributor.apply(geocoder.withGround(others).apply(c.events())));
        } catch (RuntimeException e) {
            return new Outcome.Failed(c.article(), why(e));
        }
    }

    private static String why(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return e.getMessage() + (root != e ? " (" + root + ")" : "");
    }
}
