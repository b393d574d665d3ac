package dev.faultline.ingest.dup;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Links near-copies to their original. A batch article whose signature's estimated Jaccard
 * similarity with a stored article, or with another batch article taken before it, reaches the
 * threshold, becomes a duplicate of that copy's original.
 *
 * <p>Which is the original: the copy published first; among equally dated or undated copies, the
 * one stored first (stored articles before the batch, the batch in its reading order). Batch articles
 * are therefore taken in publication order. Stored articles are never re-pointed, so a stored copy
 * stays the original even if a batch copy turns out to be older; the batch copy is linked to it.
 *
 * <p>Candidates are found by LSH banding rather than a scan of all pairs: the signature is cut into
 * bands of {@code rows} values and two articles are compared only if some band is identical. With
 * 128 values as 32 bands of 4 rows, a pair at similarity 0.8 shares a band with probability
 * 1 - (1 - 0.8^4)^32 &gt; 0.9999999, while unrelated articles (similarity near 0) almost never meet,
 * so 20,000 articles cost about 20,000 × 32 map look-ups plus a handful of exact comparisons.
 */
public final class DuplicateLinker {
    private final double threshold;
    private final int rows;

    public DuplicateLinker(double threshold, int rows) {
        this.threshold = threshold;
        this.rows = rows;
    }

    private record Entry(ArticleId id, Signature signature, LocalDate published, int order, boolean stored) {
        /** Whether this copy is a better original than {@code other}. */
        boolean before(Entry other) {
            if (stored != other.stored) return stored;
            if (stored && published != null && other.published != null && !published.equals(other.published)) {
                return published.isBefore(other.published);
            }
            if (stored && (published == null) != (other.published == null)) return published != null;
            return order < other.order;
        }
    }

    public List<Article> link(List<Article> batch, Function<Article, Signature> signer, List<Store.StoredSignature> stored) {
        List<Store.StoredSignature> signed = new ArrayList<>(batch.size());
        for (Article a : batch) signed.add(new Store.StoredSignature(a.id(), signer.apply(a), a.published() == null ? null : a.published().date().value()));
        Map<ArticleId, ArticleId> originals = originals(signed, stored);
        List<Article> out = new ArrayList<>(batch.size());
        for (Article a : batch) {
            ArticleId root = originals.get(a.id());
            out.add(root == null ? a : a.withDuplicateOf(root));
        }
        return List.copyOf(out);
    }

    /**
     * The originals of a batch's copies, as {@link #link} links them, from the batch's signatures alone (in reading
     * order, each with its published value): what a front that signs articles where they are and links them in one
     * place (Spark's driver) needs. Articles that are no copy are absent.
     */
    public Map<ArticleId, ArticleId> originals(List<Store.StoredSignature> batch, List<Store.StoredSignature> stored) {
        Map<Long, List<Entry>> buckets = new HashMap<>();
        Map<ArticleId, ArticleId> rootOf = new HashMap<>();
        int order = 0;
        for (Store.StoredSignature s : stored) add(buckets, new Entry(s.id(), s.signature(), date(s), order++, true));
        List<Integer> byDate = new ArrayList<>();
        LocalDate[] dates = new LocalDate[batch.size()];   // parsed once, not at each comparison
        for (int i = 0; i < batch.size(); i++) {
            byDate.add(i);
            dates[i] = date(batch.get(i));
        }
        byDate.sort(Comparator.comparing((Integer i) -> dates[i], Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i : byDate) {
            Store.StoredSignature a = batch.get(i);
            Entry original = original(buckets, a.id(), a.signature());
            if (original != null) {
                ArticleId root = rootOf.getOrDefault(original.id(), original.id());
                if (!root.equals(a.id())) rootOf.put(a.id(), root);
            }
            add(buckets, new Entry(a.id(), a.signature(), dates[i], order++, false));
        }
        return rootOf;
    }

    private static LocalDate date(Store.StoredSignature s) {
        return s.published() == null ? null : PartialDate.parse(s.published()).map(PartialDate::start).orElse(null);
    }

    private Entry original(Map<Long, List<Entry>> buckets, ArticleId id, Signature sig) {
        int[] v = sig.values();
        Entry best = null;
        for (int b = 0; b * rows < v.length; b++) {
            for (Entry e : buckets.getOrDefault(bandKey(v, b), List.of())) {
                if (e.id.equals(id) || sig.similarity(e.signature) < threshold) continue;
                if (best == null || e.before(best)) best = e;
            }
        }
        return best;
    }

    private void add(Map<Long, List<Entry>> buckets, Entry e) {
        int[] v = e.signature.values();
        for (int b = 0; b * rows < v.length; b++) {
            buckets.computeIfAbsent(bandKey(v, b), k -> new ArrayList<>()).add(e);
        }
    }

    private long bandKey(int[] v, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = band * rows; r < Math.min(v.length, (band + 1) * rows); r++) {
            h = (h ^ v[r]) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h;
    }
}
