package dev.faultline.app.job;

import dev.faultline.app.learn.Boilerplate;
import dev.faultline.app.learn.LineHolders;
import dev.faultline.app.learn.NearDuplicates;
import dev.faultline.app.learn.Signatures;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
     * @param relinked  stored articles (not of this batch) whose original changed: the batch held an older copy
     * @param articles  the batch's articles as stored
     */
    public record Summary(int inserted, int updated, int unchanged, int recleaned, int relinked, int nearDuplicates, int notEnglish,
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
                    (recleaned == 0 ? "" : "; " + recleaned + " stored article" + (recleaned == 1 ? "" : "s") + " cleaned again")
                            + (relinked == 0 ? "" : "; " + relinked + " stored article" + (relinked == 1 ? "" : "s")
                            + " linked to another original"),
                    inputsRead, inputsRead == 1 ? "" : "s", inputsSkipped);
        }
    }

    /** Reads the inputs (files and folders, with a manifest or null) and stores them. */
    public Summary run(Store store, List<Path> inputs, Path manifest, ProgressListener progress) {
        Ingest.Reading reading = ingest.readReports(inputs, manifest, progress);
        return store(store, reading.reports(), boilerplate.learn(reading.reports()), reading.problems(), reading.inputsRead(),
                reading.inputsSkipped(), null);
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
        return store(store, reports, learnt, List.of(), reports.size(), 0, null);
    }

    /**
     * Stores reports with a boilerplate state and the originals of near-copies both learnt elsewhere from the whole corpus
     * (Spark's driver links every article's signature at once, so that a partition's copies find originals in other
     * partitions, as one batch's do): each article whose id {@code originals} maps to another is stored as a copy of that original, the others as
     * originals (the same rule, {@link dev.faultline.ingest.dup.DuplicateLinker}, applied to the whole corpus).
     */
    public Summary ingest(Store store, List<RawReport> reports, LineHolders learnt, Map<ArticleId, ArticleId> originals) {
        return store(store, reports, learnt, List.of(), reports.size(), 0, originals);
    }

    /** The boilerplate learner this job cleans with (what a front that learns in parts merges). */
    public Boilerplate boilerplate() {
        return boilerplate;
    }

    /** {@code given}: the originals learnt elsewhere from the whole corpus (Spark's driver), or null to link here. */
    private Summary store(Store store, List<RawReport> reports, LineHolders learnt, List<Problem> readProblems, int read, int skipped,
                          Map<ArticleId, ArticleId> given) {
        Set<Problem> problems = new LinkedHashSet<>(readProblems);
        LineHolders before = LineHolders.of(learnt.bound(), store.lineHolders(learnt.keys()));
        LineHolders state = before.merge(learnt);
        store.saveLineHolders(state.changedSince(before));

        List<RawReport> inputs = new ArrayList<>();
        List<Article> cleaned = new ArrayList<>();
        Set<ArticleId> batch = new HashSet<>();
        Map<ArticleId, Integer> at = new HashMap<>();
        for (RawReport r : reports) {
            Ingest.Cleaned c = boilerplate.apply(state, r);
            problems.addAll(c.problems());
            if (c.article() == null) continue;
            Article a = c.article();
            Integer i = at.get(a.id());
            if (i == null) {
                at.put(a.id(), cleaned.size());
                inputs.add(r);
                cleaned.add(a);
                batch.add(a.id());
                continue;
            }
            // The same text twice: one article, from the first source in path order whatever the order read.
            Article kept = cleaned.get(i);
            if (FIRST_SOURCE.compare(a.source(), kept.source()) < 0) {
                cleaned.set(i, a);
                inputs.set(i, r);
                problems.add(sameText(kept, a));
            } else {
                problems.add(sameText(a, kept));
            }
        }
        // The batch's signatures replace the stored ones of the same ids (a re-read report may be cleaned differently).
        Signatures signatures = Signatures.of(Signatures.of(store.signatures()).without(batch)).merge(duplicates.learn(cleaned));
        Map<ArticleId, ArticleId> originals = given != null ? given : duplicates.originals(signatures, batch);
        List<Article> linked = new ArrayList<>(cleaned.size());
        for (Article a : cleaned) {
            ArticleId original = originals.get(a.id());
            linked.add(a.withDuplicateOf(original == null || original.equals(a.id()) ? null : original));
        }
        int inserted = 0, updated = 0, unchanged = 0, dups = 0, foreign = 0;
        for (int i = 0; i < linked.size(); i++) {
            Article a = linked.get(i);
            Optional<Article> stored = store.article(a.id());
            if (stored.isPresent() && FIRST_SOURCE.compare(stored.get().source(), a.source()) < 0) {
                problems.add(sameText(a, stored.get()));   // stored from another file that comes first: it stays
                unchanged++;
                if (stored.get().duplicateOf() != null) dups++;
                if (!stored.get().isEnglish()) foreign++;
                linked.set(i, stored.get());
                continue;
            }
            switch (store.save(a, inputs.get(i), ingest.signature(a))) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (a.duplicateOf() != null) dups++;
            if (!a.isEnglish()) foreign++;
        }
        int relinked = relink(store, originals, batch);
        Set<ArticleId> recleaned = cleanAgain(store, before, state, batch, problems);
        if (!recleaned.isEmpty()) relinked += relink(store, duplicates.originals(Signatures.of(store.signatures()), recleaned), Set.of());
        return new Summary(inserted, updated, unchanged, recleaned.size(), relinked, dups, foreign, read, skipped, List.copyOf(problems), linked);
    }

    /**
     * Cleans again, from its stored input, every stored article that holds a line of this batch that is boilerplate and
     * is among that line's kept holders, before or after this batch (a line that did not recur had all its holders
     * kept, and a holder can have been stored uncleaned only while the line did not recur), and saves those whose
     * cleaning changed: the store then discards their analysis, and the next analysis run redoes it. An article keeps
     * its original; one stored without its input (before inputs were kept) stays as it is.
     */
    private Set<ArticleId> cleanAgain(Store store, LineHolders before, LineHolders state, Set<ArticleId> batch, Set<Problem> problems) {
        Set<ArticleId> candidates = new TreeSet<>();
        for (String key : state.keys()) {
            if (!state.recurs(key)) continue;
            for (ArticleId id : state.holders(key)) if (!batch.contains(id)) candidates.add(id);
            // The stored holders of a line this batch made recur: the batch's smaller ids may have pushed some of them
            // out of the kept holders, but they were stored with the line in their text all the same.
            for (ArticleId id : before.holders(key)) if (!batch.contains(id)) candidates.add(id);
        }
        Set<ArticleId> recleaned = new TreeSet<>();
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
            recleaned.add(id);
        }
        return recleaned;
    }

    /** Reports whose texts are the same are one article, kept from the source first in this order. */
    private static final Comparator<Source> FIRST_SOURCE = Comparator.comparing(Source::path).thenComparingInt(Source::item);

    private static Problem sameText(Article dropped, Article kept) {
        return Problem.warning(dropped.source().display(), "the same text as " + kept.source().display() + ", stored once as that");
    }

    /**
     * Saves each stored article (but those of {@code skip}) whose original {@code originals} changes: a batch brought
     * an older copy, or joined two groups. An article that becomes a copy loses its analysis in the store (a copy's
     * events are its original's and must not count twice); one that becomes an original is analysed by the next run.
     */
    private int relink(Store store, Map<ArticleId, ArticleId> originals, Set<ArticleId> skip) {
        int n = 0;
        for (Map.Entry<ArticleId, ArticleId> e : originals.entrySet()) {
            if (skip.contains(e.getKey())) continue;
            ArticleId original = e.getValue().equals(e.getKey()) ? null : e.getValue();
            Optional<Article> stored = store.article(e.getKey());
            if (stored.isEmpty() || Objects.equals(stored.get().duplicateOf(), original)) continue;
            Article again = stored.get().withDuplicateOf(original);
            store.save(again, null, ingest.signature(again));
            n++;
        }
        return n;
    }
}
