package dev.faultline.spark.job;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.store.Signature;
import dev.faultline.store.Store.StoredSignature;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The near-duplicate learner's state in the form Spark moves: every cleaned article's MinHash signature, with its id and
 * published value, by its report's place in the reading order. Merging is a union (each report is signed once), so a
 * tree aggregate of the partitions' states gives the corpus's, in reading order: what the linker needs to pick the same
 * originals as one batch does.
 */
final class SignatureState implements Serializable {
    private static final long serialVersionUID = 1L;

    private record Entry(String id, int[] values, String published) implements Serializable {
    }

    private final TreeMap<Long, Entry> byOrder;

    private SignatureState(TreeMap<Long, Entry> byOrder) {
        this.byOrder = byOrder;
    }

    static SignatureState empty() {
        return new SignatureState(new TreeMap<>());
    }

    /** Adds a cleaned article, read at {@code order}, with its signature (this state is the partition's, being built). */
    SignatureState add(long order, Article a, Signature s) {
        byOrder.put(order, new Entry(a.id().value(), s.values(), a.published() == null ? null : a.published().date().value()));
        return this;
    }

    SignatureState merge(SignatureState other) {
        TreeMap<Long, Entry> out = new TreeMap<>(byOrder);
        out.putAll(other.byOrder);
        return new SignatureState(out);
    }

    int size() {
        return byOrder.size();
    }

    /**
     * The reading positions to skip: where two reports clean to the same article (the same id), the command line stores
     * the one from the source first in path order (then item), whatever the order read; reading order is path order
     * (the walk sorts), so the one read first is kept.
     */
    Set<Long> superseded() {
        Map<String, Long> first = new HashMap<>();
        byOrder.forEach((order, e) -> first.putIfAbsent(e.id(), order));   // ascending reading order
        Set<Long> out = new HashSet<>();
        byOrder.forEach((order, e) -> {
            if (first.get(e.id()) != order.longValue()) out.add(order);
        });
        return out;
    }

    /** The kept articles' signatures in reading order, as the linker takes a batch. */
    List<StoredSignature> batch(Set<Long> superseded) {
        List<StoredSignature> out = new ArrayList<>();
        byOrder.forEach((order, e) -> {
            if (!superseded.contains(order)) out.add(new StoredSignature(new ArticleId(e.id()), new Signature(e.values()), e.published()));
        });
        return out;
    }

    /** Originals as plain strings, for a broadcast. */
    static HashMap<String, String> plain(Map<ArticleId, ArticleId> originals) {
        HashMap<String, String> out = new HashMap<>();
        originals.forEach((copy, original) -> out.put(copy.value(), original.value()));
        return out;
    }
}
