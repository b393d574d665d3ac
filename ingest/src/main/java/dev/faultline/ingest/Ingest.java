package dev.faultline.ingest;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.ingest.clean.DebrisCleaner;
import dev.faultline.ingest.clean.TitleSplitter;
import dev.faultline.ingest.date.PublicationDater;
import dev.faultline.ingest.draft.ArticleAssembler;
import dev.faultline.ingest.draft.Draft;
import dev.faultline.ingest.dup.DuplicateLinker;
import dev.faultline.ingest.dup.MinHasher;
import dev.faultline.ingest.input.ControlCharacters;
import dev.faultline.ingest.input.InputWalker;
import dev.faultline.ingest.input.WalkResult;
import dev.faultline.ingest.lang.LanguageIdentifier;
import dev.faultline.ingest.manifest.Manifest;
import dev.faultline.ingest.manifest.ManifestEntry;
import dev.faultline.ingest.manifest.ManifestParser;
import dev.faultline.ingest.manifest.ManifestResult;
import dev.faultline.ingest.read.ReadResult;
import dev.faultline.ingest.read.Readers;
import dev.faultline.pipeline.Pipeline;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Ingest's entry point. Assembled once (the language model is loaded then) and safe to use from
 * several threads: it holds only immutable configuration and thread-safe stages.
 *
 * <p>A read runs: walk the inputs; parse the manifest; read each file; apply the manifest's values
 * over the file's own ({@link #readReports}); then, per report, the stages clean &gt; title &gt; date &gt;
 * language &gt; assemble ({@link #clean}). The clean stage takes the lines that recur across reports
 * ({@link BoilerplateIndex}): {@link #read} learns them from the batch alone, the application's ingest job from
 * every report read into the store.
 */
public final class Ingest {
    private static final int SIGNATURE_HASHES = 128;
    private static final int SHINGLE_WORDS = 5;
    private static final int LSH_ROWS = 4;

    private final IngestOptions options;
    private final Readers readers;
    private final TitleSplitter titles = new TitleSplitter();
    private final PublicationDater dater;
    private final LanguageIdentifier language;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final MinHasher minHasher = new MinHasher(SIGNATURE_HASHES, SHINGLE_WORDS);
    private final DuplicateLinker linker;

    private Ingest(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.readers = new Readers(options.maxFileBytes(), options.maxManyReportBytes());
        this.dater = new PublicationDater(options.clock());
        this.language = new LanguageIdentifier(options.languageMinLetters(), options.languageMinConfidence());
        this.linker = new DuplicateLinker(options.duplicateThreshold(), LSH_ROWS);
    }

    public static Ingest withDefaults() {
        return new Ingest(IngestOptions.defaults());
    }

    public static Ingest with(IngestOptions options) {
        return new Ingest(options);
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Walks inputs (files; folders recursively, sorted, skipping hidden files), applies the manifest
     * (nullable), reads, cleans, dates, detects language. Never throws for bad input: every input
     * that could not be read, every report skipped and every repair is a problem in the batch.
     * {@link Batch#problems()} holds each problem once, including those also kept on an article.
     */
    public Batch read(List<Path> inputs, Path manifestOrNull, ProgressListener progress) {
        Reading reading = readReports(inputs, manifestOrNull, progress);
        Set<Problem> problems = new LinkedHashSet<>(reading.problems());
        BoilerplateIndex boilerplate = BoilerplateIndex.of(reading.reports(), options.boilerplateReports());
        List<Article> articles = new ArrayList<>();
        for (RawReport r : reading.reports()) {
            Cleaned c = clean(r, boilerplate);
            problems.addAll(c.problems());
            if (c.article() != null) articles.add(c.article());
        }
        return new Batch(articles, List.copyOf(problems), reading.inputsRead(), reading.inputsSkipped());
    }

    /**
     * The first half of {@link #read}: walks the inputs, applies the manifest (nullable) and reads each report, control
     * characters stripped and the manifest's values applied, without cleaning any. Never throws for bad input.
     */
    public Reading readReports(List<Path> inputs, Path manifestOrNull, ProgressListener progress) {
        Objects.requireNonNull(inputs, "inputs");
        ProgressListener listener = progress == null ? ProgressListener.none() : progress;
        Set<Problem> problems = new LinkedHashSet<>();
        WalkResult walk = walk(inputs, manifestOrNull);
        problems.addAll(walk.problems());
        ManifestResult parsed = manifest(manifestOrNull);
        problems.addAll(parsed.problems());
        listener.started(walk.files().size());
        List<RawReport> reports = new ArrayList<>();
        int read = 0;
        int skipped = (int) walk.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIPPED).count();   // not files passed over by design
        for (Path file : walk.files()) {
            ReadResult result = readFile(file, parsed.manifest());
            problems.addAll(result.problems());
            if (result.reports().isEmpty()) skipped++;
            else read++;
            reports.addAll(result.reports());
            listener.advanced(file.toString());
        }
        problems.addAll(unmatched(manifestOrNull, parsed.manifest(), walk.files()));
        return new Reading(reports, List.copyOf(problems), read, skipped);
    }

    /**
     * The walk of {@link #readReports}: the files to read, in reading order (folders recursively, sorted), and what was
     * passed over or could not be walked. A front that reads the files elsewhere (Spark's executors) walks here first.
     */
    public WalkResult walk(List<Path> inputs, Path manifestOrNull) {
        return new InputWalker().walk(inputs, manifestOrNull);
    }

    /** The manifest (an empty one for null) with the problems of its rows. */
    public ManifestResult manifest(Path manifestOrNull) {
        return manifestOrNull == null ? new ManifestResult(Manifest.empty(), List.of()) : new ManifestParser().parse(manifestOrNull);
    }

    /** One walked file's reports, control characters stripped and the manifest's values applied, with its problems. */
    public ReadResult readFile(Path file, Manifest manifest) {
        ReadResult result = readers.read(file);
        Optional<ManifestEntry> entry = manifest.entryFor(file);
        List<RawReport> reports = new ArrayList<>(result.reports().size());
        for (RawReport r : result.reports()) {
            RawReport clean = ControlCharacters.strip(r);
            reports.add(entry.map(e -> Manifest.apply(e, clean)).orElse(clean));
        }
        return new ReadResult(reports, result.problems());
    }

    /** A warning for each row of the manifest (read from {@code manifestFile}) that no walked file matches. */
    public List<Problem> unmatched(Path manifestFile, Manifest manifest, List<Path> files) {
        Set<ManifestEntry> used = new HashSet<>();
        for (Path file : files) manifest.entryFor(file).ifPresent(used::add);
        List<Problem> out = new ArrayList<>();
        for (ManifestEntry e : manifest.entries()) {
            if (!used.contains(e)) {
                out.add(Problem.warning(manifestFile + " row " + e.row(), "no input file matches '" + e.file() + "'"));
            }
        }
        return out;
    }

    /**
     * The second half of {@link #read}, for one report: the stages clean &gt; title &gt; date &gt; language &gt; assemble,
     * with the lines {@code boilerplate} says recur. A report with no text left is skipped, with a problem saying so.
     * A function of the report and of which of its lines recur: cleaning the same report again gives the same article.
     */
    public Cleaned clean(RawReport report, BoilerplateIndex boilerplate) {
        Draft d = pipeline(boilerplate).apply(report);
        if (d.lines().isEmpty()) {
            return new Cleaned(null, List.of(Problem.skipped(report.source().display(), "no article text left after removing page debris")));
        }
        Article a = assembler.apply(d);
        return new Cleaned(a, a.problems());
    }

    /** The per-report stages, in order. */
    private Pipeline<RawReport, Draft> pipeline(BoilerplateIndex boilerplate) {
        return Pipeline.of(new DebrisCleaner(boilerplate)).then(titles).then(dater).then(language);
    }

    public Signature signature(Article article) {
        return minHasher.signature(article.text());
    }

    /**
     * Sets (or clears) duplicateOf on batch articles by their group of near-copies among the stored articles and the
     * batch ({@link DuplicateLinker}: the same originals whatever the order the articles arrive in).
     */
    public List<Article> linkDuplicates(List<Article> batch, List<Store.StoredSignature> stored) {
        return linker.link(batch, this::signature, stored == null ? List.of() : stored);
    }

    /** The original of every article in a group of near-copies that holds one of {@code from} ({@link DuplicateLinker#originals}). */
    public Map<ArticleId, ArticleId> originals(List<Store.StoredSignature> all, Set<ArticleId> from) {
        return linker.originals(all, from);
    }


    /**
     * Reports as read, not yet cleaned ({@link #readReports}).
     *
     * @param inputsRead    files that yielded at least one report
     * @param inputsSkipped inputs (files, or paths that could not be walked) that yielded none
     */
    public record Reading(List<RawReport> reports, List<Problem> problems, int inputsRead, int inputsSkipped) {
        public Reading {
            reports = List.copyOf(reports);
            problems = List.copyOf(problems);
        }
    }

    /** One report cleaned: its article, or null when nothing was left; the problems found (the article's, or why it was skipped). */
    public record Cleaned(Article article, List<Problem> problems) {
        public Cleaned {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The outcome of a read.
     *
     * @param inputsRead    files that yielded at least one article-to-be
     * @param inputsSkipped inputs (files, or paths that could not be walked) that yielded none
     */
    public record Batch(List<Article> articles, List<Problem> problems, int inputsRead, int inputsSkipped) {
        public Batch {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }
}
