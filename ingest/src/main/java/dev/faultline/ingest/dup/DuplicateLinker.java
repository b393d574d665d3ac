package dev.faultline.ingest.dup;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Links near-copies to their original. Two articles whose signatures' estimated Jaccard similarity reaches the
 * threshold are near-copies; a group is the articles linked by a chain of near-copies, and its original is the copy
 * published first, among equally dated (or undated, which come last) copies the one with the smallest id.
 *
 * <p>The groups and their originals depend only on the set of articles, never on the order in which they arrive: one
 * batch, many, or a run resumed after a crash give the same originals. So a batch can re-point stored articles: an older
 * copy arriving later becomes the original of the stored ones ({@link #originals}).
 *
 * <p>Candidates are found by LSH banding rather than a scan of all pairs: the signature is cut into
 * bands of {@code rows} values and two articles are compared only if some band is identical. With
 * 128 values as 32 bands of 4 rows, a pair at similarity 0.8 shares a band with probability
 * 1 - (1 - 0.8^4)^32 &gt; 0.9999999, while unrelated articles (similarity near 0) almost never meet,
 * so 20,000 articles cost about 20,000 × 32 map look-ups plus a handful of exact comparisons.
 */
public final class DuplicateLinker {
    /** The better original first: published earlier, undated last, then the smaller id. */
    private static final Comparator<Entry> ORIGINAL_FIRST = Comparator.comparing(Entry::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::id);

    private final double threshold;
    private final int rows;

    public DuplicateLinker(double threshold, int rows) {
        this.threshold = threshold;
        this.rows = rows;
    }

    private record Entry(ArticleId id, Signature signature, LocalDate published) {
    }

    /**
     * The batch with each article's {@code duplicateOf} set (or cleared) by the rule above, among the stored articles
     * and the batch. Stored articles this batch re-points are not returned: see {@link #originals}.
     */
    public List<Article> link(List<Article> batch, Function<Article, Signature> signer, List<Store.StoredSignature> stored) {
        Set<ArticleId> ids = new HashSet<>();
        List<Store.StoredSignature> all = new ArrayList<>();
        for (Article a : batch) {
            if (ids.add(a.id())) all.add(new Store.StoredSignature(a.id(), signer.apply(a), a.published() == null ? null : a.published().date().value()));
        }
        for (Store.StoredSignature s : stored) if (!ids.contains(s.id())) all.add(s);
        Map<ArticleId, ArticleId> originals = originals(all, ids);
        List<Article> out = new ArrayList<>(batch.size());
        for (Article a : batch) {
            ArticleId original = originals.get(a.id());
            out.add(a.withDuplicateOf(original == null || original.equals(a.id()) ? null : original));
        }
        return List.copyOf(out);
    }

    /**
     * The original of every article in a group that holds one of {@code from}, by id (an original maps to itself; an
     * article with no near-copy is a group of one). {@code all} holds each article once; published values are
     * {@link PartialDate} texts or null.
     */
    public Map<ArticleId, ArticleId> originals(List<Store.StoredSignature> all, Set<ArticleId> from) {
        Map<Long, Object> buckets = new HashMap<>(all.size() * 48);
        Map<ArticleId, Entry> byId = new LinkedHashMap<>();
        for (Store.StoredSignature s : all) {
            LocalDate date = s.published() == null ? null : PartialDate.parse(s.published()).map(PartialDate::start).orElse(null);
            Entry e = new Entry(s.id(), s.signature(), date);
            if (byId.putIfAbsent(e.id, e) == null) add(buckets, e);
        }
        Map<ArticleId, ArticleId> out = new TreeMap<>();
        for (ArticleId start : new java.util.TreeSet<>(from)) {
            Entry first = byId.get(start);
            if (first == null || out.containsKey(start)) continue;
            List<Entry> group = group(buckets, first);
            Entry original = group.stream().min(ORIGINAL_FIRST).orElseThrow();
            for (Entry e : group) out.put(e.id, original.id);
        }
        return out;
    }

    /** The articles linked to {@code first} by a chain of near-copies, {@code first} included. */
    private List<Entry> group(Map<Long, Object> buckets, Entry first) {
        List<Entry> group = new ArrayList<>(List.of(first));
        Set<Entry> seen = null;   // made on the first near-copy: most articles have none
        for (int next = 0; next < group.size(); next++) {
            Entry e = group.get(next);
            Set<Entry> compared = null;   // an entry met in several of e's bands is compared once
            int[] v = e.signature.values();
            for (int b = 0; b * rows < v.length; b++) {
                for (Entry other : entries(buckets.get(bandKey(v, b)))) {
                    if (other == e || other == first || seen != null && seen.contains(other)) continue;
                    if (compared == null) compared = Collections.newSetFromMap(new IdentityHashMap<>());
                    if (!compared.add(other) || e.signature.similarity(other.signature) < threshold) continue;
                    if (seen == null) seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    seen.add(other);
                    group.add(other);
                }
            }
        }
        return group;
    }

    /** A bucket holds one entry as itself (most do: unrelated articles rarely share a band), more as a list. */
    private void add(Map<Long, Object> buckets, Entry e) {
        int[] v = e.signature.values();
        for (int b = 0; b * rows < v.length; b++) {
            buckets.merge(bandKey(v, b), e, DuplicateLinker::join);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object join(Object bucket, Object e) {
        if (bucket instanceof Entry one) return new ArrayList<>(List.of(one, (Entry) e));
        ((List<Entry>) bucket).add((Entry) e);
        return bucket;
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(Object bucket) {
        if (bucket == null) return List.of();
        if (bucket instanceof Entry one) return List.of(one);
        return (List<Entry>) bucket;
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
