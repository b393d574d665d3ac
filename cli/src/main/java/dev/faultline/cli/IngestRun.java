package dev.faultline.cli;

import dev.faultline.domain.Article;
import dev.faultline.domain.Problem;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingestion as a job: read the inputs, link near-duplicates against what is stored, save each
 * article in its own transaction. Saving is idempotent, so re-running the same ingest changes nothing.
 */
final class IngestRun {
    private IngestRun() {}

    record Summary(int inserted, int updated, int unchanged, int nearDuplicates, int notEnglish,
                   int inputsRead, int inputsSkipped, List<Problem> problems, List<Article> articles) {
        int stored() {
            return inserted + updated + unchanged;
        }

        /** Whether any input, or any report inside one (a broken JSON line, a feed item), was skipped. */
        boolean anySkipped() {
            return inputsSkipped > 0 || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
        }

        String describe(String where) {
            return String.format("%d article%s in %s (%d new, %d updated, %d unchanged; %d near-duplicate%s, %d not English); %d input%s read, %d skipped",
                    stored(), stored() == 1 ? "" : "s", where, inserted, updated, unchanged,
                    nearDuplicates, nearDuplicates == 1 ? "" : "s", notEnglish,
                    inputsRead, inputsRead == 1 ? "" : "s", inputsSkipped);
        }
    }

    static Summary run(Ingest ingest, Store store, List<Path> inputs, Path manifest, ProgressListener progress) {
        Ingest.Batch batch = ingest.read(inputs, manifest, progress);
        List<Article> linked = ingest.linkDuplicates(batch.articles(), store.signatures());
        int inserted = 0, updated = 0, unchanged = 0, dups = 0, foreign = 0;
        List<Article> saved = new ArrayList<>();
        for (Article a : linked) {
            switch (store.save(a, ingest.signature(a))) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (a.duplicateOf() != null) dups++;
            if (!a.isEnglish()) foreign++;
            saved.add(a);
        }
        return new Summary(inserted, updated, unchanged, dups, foreign, batch.inputsRead(),
                batch.inputsSkipped(), batch.problems(), List.copyOf(saved));
    }
}
