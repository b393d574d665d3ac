package dev.faultline.app.learn;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.ingest.Ingest;
import dev.faultline.store.Store.StoredSignature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Near-duplicates as a corpus-level learner: the state is every article's MinHash signature (the costly part, computed
 * where the article is), merged by union; applying it links a batch's copies to their original among the state's
 * other articles and the batch's own (ingest's {@code DuplicateLinker}: in each group of near-copies the copy published
 * first, then the smallest id, is the original). The originals depend only on the set of articles, not on the order
 * or the batches they arrive in, so a batch may re-point stored articles ({@link #originals}).
 */
public final class NearDuplicates implements CorpusLearner<Article, Signatures> {
    private final Ingest ingest;

    public NearDuplicates(Ingest ingest) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    @Override
    public Signatures empty() {
        return Signatures.empty();
    }

    @Override
    public Signatures learn(List<Article> batch) {
        List<StoredSignature> out = new ArrayList<>(batch.size());
        for (Article a : batch) out.add(new StoredSignature(a.id(), ingest.signature(a), a.published() == null ? null : a.published().date().value()));
        return Signatures.of(out);
    }

    @Override
    public Signatures merge(Signatures a, Signatures b) {
        return a.merge(b);
    }

    /** The batch, each copy linked to its original ({@code duplicateOf}); {@code state} may hold the batch's own signatures. */
    public List<Article> apply(Signatures state, List<Article> batch) {
        Set<ArticleId> own = new HashSet<>();
        for (Article a : batch) own.add(a.id());
        return ingest.linkDuplicates(batch, state.without(own));
    }

    /** The original of every article of {@code state} in a group of near-copies that holds one of {@code from}. */
    public Map<ArticleId, ArticleId> originals(Signatures state, Set<ArticleId> from) {
        return ingest.originals(state.without(Set.of()), from);
    }
}
