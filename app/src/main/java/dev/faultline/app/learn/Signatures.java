package dev.faultline.app.learn;

import dev.faultline.domain.ArticleId;
import dev.faultline.store.Store.StoredSignature;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The near-duplicate learner's state: each article's MinHash signature with its published value, by id. Immutable. */
public final class Signatures {
    private static final Signatures EMPTY = new Signatures(Map.of());

    private final Map<ArticleId, StoredSignature> byId;

    private Signatures(Map<ArticleId, StoredSignature> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Signatures empty() {
        return EMPTY;
    }

    /** The signatures as a store keeps them. */
    public static Signatures of(Collection<StoredSignature> signatures) {
        Map<ArticleId, StoredSignature> out = new TreeMap<>();
        for (StoredSignature s : signatures) out.merge(s.id(), s, Signatures::either);
        return new Signatures(out);
    }

    /** The union; an article signed differently in the two (its text cleaned again meanwhile) keeps one, the same either way. */
    public Signatures merge(Signatures other) {
        Objects.requireNonNull(other, "other");
        if (other.byId.isEmpty()) return this;
        if (byId.isEmpty()) return other;
        Map<ArticleId, StoredSignature> out = new TreeMap<>(byId);
        other.byId.forEach((id, s) -> out.merge(id, s, Signatures::either));
        return new Signatures(out);
    }

    /** Every signature but those of {@code ids}, in id order: what a batch of those articles is linked against. */
    public List<StoredSignature> without(Set<ArticleId> ids) {
        return new TreeMap<>(byId).values().stream().filter(s -> !ids.contains(s.id())).toList();
    }

    public int size() {
        return byId.size();
    }

    private static StoredSignature either(StoredSignature a, StoredSignature b) {
        int c = Arrays.compare(a.signature().values(), b.signature().values());
        return c <= 0 ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signatures s && s.byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }
}
