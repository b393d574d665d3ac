package dev.faultline.nlp;

import dev.faultline.pipeline.Loading;

import dev.faultline.domain.Article;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.nlp.ner.FineTyper;
import dev.faultline.nlp.ner.FineTypePhrases;
import dev.faultline.pipeline.Stage;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The language layer as a pipeline stage: an article in, its {@link AnnotatedDocument} out (sentences,
 * tokens with lemma and POS, entity mentions with fine types, normalized dates and quantities; no
 * dependency parses — ask {@link #parse}, {@link #parser} or {@link #annotateAll(List, int, ParseSelection)} for the sentences you code).
 *
 * <p>Create one per process with {@link #create()} (loads about 300 MB of models in a few seconds)
 * and share it: every method is safe to call from many threads at once. The dependency parser is
 * loaded on first use. Only English articles are annotated; any other yields an empty document.
 */
public final class LanguageLayer implements Stage<Article, AnnotatedDocument> {
    private final LayerOptions options;
    private final StanfordCoreNLP pipeline;
    private final DocumentBuilder builder;
    private final Object parserLock = new Object();
    /** The parser, loading or loaded; null until first asked for (or until {@link #create(LayerOptions, Executor)} starts it). */
    private volatile Future<DependencyParsing> parsing;

    private LanguageLayer(LayerOptions options, StanfordCoreNLP pipeline, DocumentBuilder builder, Future<DependencyParsing> parsing) {
        this.options = options;
        this.pipeline = pipeline;
        this.builder = builder;
        this.parsing = parsing;
    }

    /** The layer with {@link LayerOptions#defaults()}. */
    public static LanguageLayer create() {
        return create(LayerOptions.defaults());
    }

    public static LanguageLayer create(LayerOptions options) {
        Objects.requireNonNull(options, "options");
        try {
            StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpConfig.lean());
            return new LanguageLayer(options, pipeline, new DocumentBuilder(new FineTyper(FineTypePhrases.load())), null);
        } catch (RuntimeException e) {
            throw new LanguageLayerException("cannot load the language layer's models (is the CoreNLP models jar on the class path?)", e);
        }
    }

    /**
     * The layer for a run that will parse: the dependency parser and the fine-type gazetteer load on {@code loader}
     * while this thread loads the tagger and the entity recognizer, so start-up costs the longest load rather than
     * their sum. Returns once the tagger, recognizer and gazetteer are loaded; the parser may still be loading (the
     * first {@link #parse} waits for it).
     */
    public static LanguageLayer create(LayerOptions options, Executor loader) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(loader, "loader");
        FutureTask<DependencyParsing> parser = new FutureTask<>(DependencyParsing::new);
        FutureTask<FineTypePhrases> gazetteer = new FutureTask<>(FineTypePhrases::load);
        loader.execute(parser);
        loader.execute(gazetteer);
        try {
            StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpConfig.lean());
            return new LanguageLayer(options, pipeline, new DocumentBuilder(new FineTyper(await(gazetteer))), parser);
        } catch (RuntimeException e) {
            throw new LanguageLayerException("cannot load the language layer's models (is the CoreNLP models jar on the class path?)", e);
        }
    }

    private static <T> T await(Future<T> loading) {
        return Loading.await(loading, "the language layer's models", LanguageLayerException::new);
    }

    public LayerOptions options() {
        return options;
    }

    @Override
    public AnnotatedDocument apply(Article article) {
        Objects.requireNonNull(article, "article");
        if (!article.isEnglish() || article.text().isBlank()) return AnnotatedDocument.empty(article);
        try {
            Annotation annotation = new Annotation(article.text());
            pipeline.annotate(annotation);
            return builder.build(article, annotation);
        } catch (RuntimeException e) {
            throw new LanguageLayerException("language layer failed on article " + article.id() + " (" + article.source().display() + ")", e);
        }
    }

    /** Annotates many articles on {@link LayerOptions#threads()} threads; results in input order. */
    public List<AnnotatedDocument> annotateAll(List<Article> articles) {
        return annotateAll(articles, options.threads());
    }

    /** Annotates many articles on {@code threads} threads; results in input order. */
    public List<AnnotatedDocument> annotateAll(List<Article> articles, int threads) {
        return annotateAll(articles, threads, d -> Set.of());
    }

    /**
     * Annotates many articles on {@code threads} threads and parses the sentences {@code parse}
     * chooses in each, in the same worker; results in input order.
     */
    public List<AnnotatedDocument> annotateAll(List<Article> articles, int threads, ParseSelection parse) {
        Objects.requireNonNull(parse, "parse");
        Stage<Article, AnnotatedDocument> work = a -> {
            AnnotatedDocument d = apply(a);
            Set<Integer> chosen = d.isEmpty() ? Set.of() : parse.choose(d);
            return chosen.isEmpty() ? d : parse(d, chosen);
        };
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (threads == 1 || articles.size() < 2) return articles.stream().map(work::apply).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "faultline-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnnotatedDocument>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) futures.add(pool.submit(() -> work.apply(a)));
            List<AnnotatedDocument> out = new ArrayList<>(articles.size());
            for (Future<AnnotatedDocument> f : futures) out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new LanguageLayerException("language layer failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageLayerException("interrupted while annotating " + articles.size() + " articles", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The document with dependency parses for these sentences (by index). Sentences already parsed
     * or longer than {@link LayerOptions#maxParseTokens()} are left as they are.
     */
    public AnnotatedDocument parse(AnnotatedDocument document, Set<Integer> sentences) {
        List<Sentence> todo = new ArrayList<>();
        for (int i : sentences) {
            if (i < 0 || i >= document.sentences().size()) {
                throw new IllegalArgumentException(document.article().id() + ": no sentence " + i + " to parse");
            }
            Sentence s = document.sentences().get(i);
            if (!s.isParsed() && s.tokens().size() <= options.maxParseTokens()) todo.add(s);
        }
        if (todo.isEmpty()) return document;
        try {
            Map<Integer, DependencyGraph> graphs = parsing().parse(todo);
            return document.withParses(graphs);
        } catch (RuntimeException e) {
            throw new LanguageLayerException("dependency parsing failed on article " + document.article().id(), e);
        }
    }

    /** A stage that parses the sentences {@code selection} chooses, e.g. those naming two actors. */
    public Stage<AnnotatedDocument, AnnotatedDocument> parser(ParseSelection selection) {
        Objects.requireNonNull(selection, "selection");
        return new Stage<>() {
            @Override
            public AnnotatedDocument apply(AnnotatedDocument d) {
                return parse(d, selection.choose(d));
            }

            @Override
            public String name() {
                return "parse";
            }
        };
    }

    private DependencyParsing parsing() {
        Future<DependencyParsing> p = parsing;
        if (p == null) {
            synchronized (parserLock) {
                p = parsing;
                if (p == null) {
                    FutureTask<DependencyParsing> load = new FutureTask<>(DependencyParsing::new);
                    load.run();
                    p = load;
                    parsing = p;
                }
            }
        }
        try {
            return await(p);
        } catch (RuntimeException e) {
            throw new LanguageLayerException("cannot load the dependency parser (is the CoreNLP models jar on the class path?)", e);
        }
    }

    @Override
    public String name() {
        return "language";
    }
}
