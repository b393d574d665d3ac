package dev.faultline.app.job;

import dev.faultline.app.learn.Boilerplate;
import dev.faultline.app.learn.LineHolders;
import dev.faultline.app.learn.NearDuplicates;
import dev.faultline.app.learn.Signatures;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.clean.BoilerplateIndex;
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
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Ingestion as a job, the same for every front: read reports (the command line's files, a server's uploads), learn the
 * corpus-level state they add (boilerplate lines, near-duplicate signatures) on top of what the store holds, clean each
 * report with it, link near-duplicates, and save each article with its input and signature in its own transaction.
 *
 * <p>The boilerplate state is stored before any article (it counts every report read, stored or not), then the batch's
 * articles, then the stored reports that held a line the batch made boilerplate are cleaned again from their inputs
 * (see {@link Boilerplate} for the rule). Saving is idempotent and cleaning again is checked rather than remembered, so
 * re-running an ingest changes nothing, and re-running one a crash cut short finishes its work.
 */
public final class IngestJob {
    private final Ingest ingest;
    private final Boilerplate boilerplate;
    private final NearDuplicates duplicates;

    public IngestJob(Ingest ingest) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.boilerplate = new Boilerplate(ingest);
        this.duplicates = new NearDuplicates(ingest);
    }

    /**
     * What a run did, for the summary.
     *
     * @param recleaned stored articles (not of this batch) cleaned again because a line of theirs became boilerplate
     * @param articles  the batch's articles as stored
     */
    public record Summary(int inserted, int updated, int unchanged, int recleaned, int nearDuplicates, int notEnglish,
                          int inputsRead, int inputsSkipped, List<Problem> problems, List<Article> articles) {
        public Summary {
            problems = List.copyOf(problems);
            articles = List.copyOf(articles);
        }

        public int stored() {
            return inserted + updated + unchanged;
        }

        /** Whether any input, or any report inside one (a broken JSON line, a feed item), was skipped. */
        public boolean anySkipped() {
            return inputsSkipped > 0 || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
        }

        public String describe(String where) {
            return String.format("%d article%s in %s (%d new, %d updated, %d unchanged; %d near-duplicate%s, %d not English)%s; "
                            + "%d input%s read, %d skipped",
                    stored(), stored() == 1 ? "" : "s", where, inserted, updated, unchanged,
                    nearDuplicates, nearDuplicates == 1 ? "" : "s", notEnglish,
                    recleaned == 0 ? "" : "; " + recleaned + " stored article" + (recleaned == 1 ? "" : "s") + " cleaned again",
                    inputsRead, inputsRead == 1 ? "" : "s", inputsSkipped);
        }
    }

    /** Reads the inputs (files and folders, with a manifest or null) and stores them. */
    public Summary run(Store store, List<Path> inputs, Path manifest, ProgressListener progress) {
        Ingest.Reading reading = ingest.readReports(inputs, manifest, progress);
        return store(store, reading.reports(), boilerplate.learn(reading.reports()), reading.problems(), reading.inputsRead(),
                reading.inputsSkipped(), cleaned -> duplicates.apply(Signatures.of(store.signatures()), cleaned));
    }

    /** Stores reports received as they are (a server's): one or many, the same as a read of files that held them. */
    public Summary ingest(Store store, List<RawReport> reports) {
        return ingest(store, reports, boilerplate.learn(reports));
    }

    /**
     * Stores reports with a boilerplate state learnt elsewhere, which must hold what these reports teach: Spark's
     * partitions, each stored with the state merged from all of them. The store's own state is merged in as always.
     */
    public Summary ingest(Store store, List<RawReport> reports, LineHolders learnt) {
        return store(store, reports, learnt, List.of(), reports.size(), 0,
                cleaned -> duplicates.apply(Signatures.of(store.signatures()), cleaned));
    }

    /**
     * Stores reports with a boilerplate state and the originals of near-copies both learnt elsewhere from the whole corpus
     * (Spark's driver links every article's signature at once, so that a partition's copies find originals in other
     * partitions, as one batch's do): each article whose id {@code originals} maps is stored as a copy of that original.
     */
    public Summary ingest(Store store, List<RawReport> reports, LineHolders learnt, Map<ArticleId, ArticleId> originals) {
        return store(store, reports, learnt, List.of(), reports.size(), 0, cleaned -> cleaned.stream()
                .map(a -> originals.containsKey(a.id()) ? a.withDuplicateOf(originals.get(a.id())) : a).toList());
    }

    /** The boilerplate learner this job cleans with (what a front that learns in parts merges). */
    public Boilerplate boilerplate() {
        return boilerplate;
    }

    private Summary store(Store store, List<RawReport> reports, LineHolders learnt, List<Problem> readProblems, int read, int skipped,
                          UnaryOperator<List<Article>> linker) {
        Set<Problem> problems = new LinkedHashSet<>(readProblems);
        LineHolders before = LineHolders.of(learnt.bound(), store.lineHolders(learnt.keys()));
        LineHolders state = before.merge(learnt);
        store.saveLineHolders(state.changedSince(before));

        List<RawReport> inputs = new ArrayList<>();
        List<Article> cleaned = new ArrayList<>();
        Set<ArticleId> batch = new HashSet<>();
        for (RawReport r : reports) {
            Ingest.Cleaned c = boilerplate.apply(state, r);
            problems.addAll(c.problems());
            if (c.article() == null) continue;
            inputs.add(r);
            cleaned.add(c.article());
            batch.add(c.article().id());
        }
        List<Article> linked = linker.apply(cleaned);   // in the batch's order
        int inserted = 0, updated = 0, unchanged = 0, dups = 0, foreign = 0;
        for (int i = 0; i < linked.size(); i++) {
            Article a = linked.get(i);
            switch (store.save(a, inputs.get(i), ingest.signature(a))) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (a.duplicateOf() != null) dups++;
            if (!a.isEnglish()) foreign++;
        }
        int recleaned = cleanAgain(store, state, batch, problems);
        return new Summary(inserted, updated, unchanged, recleaned, dups, foreign, read, skipped, List.copyOf(problems), linked);
    }

    /**
     * Cleans again, from its stored input, every stored article that holds a line of this batch that is boilerplate and
     * is among that line's kept holders (the only ones that can have been cleaned before it was), and saves those whose
     * cleaning changed: the store then discards their analysis, and the next analysis run redoes it. An article keeps
     * its original; one stored without its input (before inputs were kept) stays as it is.
     */
    private int cleanAgain(Store store, LineHolders state, Set<ArticleId> batch, Set<Problem> problems) {
        Set<ArticleId> candidates = new TreeSet<>();
        for (String key : state.keys()) {
            if (state.recurs(key)) for (ArticleId id : state.holders(key)) if (!batch.contains(id)) candidates.add(id);
        }
        int n = 0;
        for (ArticleId id : candidates) {
            Optional<RawReport> input = store.input(id);
            Optional<Article> stored = store.article(id);
            if (input.isEmpty() || stored.isEmpty()) continue;
            Set<String> keys = BoilerplateIndex.keysOf(input.get().body());
            LineHolders its = LineHolders.of(state.bound(), store.lineHolders(keys));
            Ingest.Cleaned c = boilerplate.apply(its, input.get());
            if (c.article() == null) {
                problems.add(Problem.warning(stored.get().source().display(), "cleaning it again with the lines other reports share "
                        + "would leave no text; it stays as stored"));
                continue;
            }
            Article again = c.article().withDuplicateOf(stored.get().duplicateOf());
            if (again.equals(stored.get())) continue;
            store.save(again, input.get(), ingest.signature(again));
            n++;
        }
        return n;
    }
}
