package dev.faultline.app.learn;

import dev.faultline.domain.ArticleId;
import dev.faultline.ingest.clean.BoilerplateIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The boilerplate learner's state: for each short line (its {@link BoilerplateIndex#keysOf key}), the reports holding
 * it, by id, keeping only the {@code bound} smallest ids. A line is boilerplate once {@code bound} reports hold it, and
 * the reports beyond the first {@code bound} tell nothing more, so this bottom-{@code bound} sketch is exact for what
 * cleaning asks: a merge is the union trimmed to the smallest ids, the same whatever the order. At the moment a line
 * becomes boilerplate its holders are exactly the ones kept, which is how the ingest job finds the stored reports to
 * clean again. Immutable.
 */
public final class LineHolders {
    private final int bound;
    /** Each key's holders, ascending, at most {@code bound}; never empty. */
    private final Map<String, List<ArticleId>> holders;

    private LineHolders(int bound, Map<String, List<ArticleId>> holders) {
        if (bound < 1) throw new IllegalArgumentException("a bound of at least 1, not " + bound);
        this.bound = bound;
        this.holders = Map.copyOf(holders);
    }

    public static LineHolders empty(int bound) {
        return new LineHolders(bound, Map.of());
    }

    /** A state from holders as stored (each key's list trimmed to the {@code bound} smallest ids). */
    public static LineHolders of(int bound, Map<String, ? extends Collection<ArticleId>> holders) {
        Map<String, List<ArticleId>> out = new HashMap<>();
        holders.forEach((k, ids) -> {
            List<ArticleId> kept = smallest(ids, bound);
            if (!kept.isEmpty()) out.put(k, kept);
        });
        return new LineHolders(bound, out);
    }

    /** Report {@code id} holds these keys. */
    public static LineHolders of(int bound, ArticleId id, Set<String> keys) {
        Map<String, List<ArticleId>> out = new HashMap<>();
        for (String k : keys) out.put(k, List.of(id));
        return new LineHolders(bound, out);
    }

    public int bound() {
        return bound;
    }

    /** The union of both states, each key's holders trimmed to the {@code bound} smallest. */
    public LineHolders merge(LineHolders other) {
        Objects.requireNonNull(other, "other");
        if (other.bound != bound) throw new IllegalArgumentException("states of bounds " + bound + " and " + other.bound);
        if (other.holders.isEmpty()) return this;
        if (holders.isEmpty()) return other;
        Map<String, List<ArticleId>> out = new HashMap<>(holders);
        other.holders.forEach((k, ids) -> out.merge(k, ids, (a, b) -> {
            List<ArticleId> both = new ArrayList<>(a);
            both.addAll(b);
            return smallest(both, bound);
        }));
        return new LineHolders(bound, out);
    }

    /** The kept holders of a key, ascending; empty when no report holds it. */
    public List<ArticleId> holders(String key) {
        return holders.getOrDefault(key, List.of());
    }

    /** Whether enough reports hold the line for it to be boilerplate. */
    public boolean recurs(String key) {
        return holders(key).size() >= bound;
    }

    public Set<String> keys() {
        return holders.keySet();
    }

    /** This state restricted to {@code keys}: what cleaning reports holding those lines needs of it. */
    public LineHolders restrictedTo(Collection<String> keys) {
        Map<String, List<ArticleId>> out = new HashMap<>();
        for (String k : keys) {
            List<ArticleId> ids = holders.get(k);
            if (ids != null) out.put(k, ids);
        }
        return new LineHolders(bound, out);
    }

    /** The keys whose holders differ from {@code before}'s, with this state's holders: what storing this state writes. */
    public Map<String, List<ArticleId>> changedSince(LineHolders before) {
        Map<String, List<ArticleId>> out = new LinkedHashMap<>();
        for (String k : new TreeSet<>(holders.keySet())) {
            if (!holders.get(k).equals(before.holders(k))) out.put(k, holders.get(k));
        }
        return out;
    }

    /** The keys that recur here but did not in {@code before}: the lines that became boilerplate. */
    public Set<String> newlyRecurring(LineHolders before) {
        Set<String> out = new TreeSet<>();
        holders.forEach((k, ids) -> {
            if (ids.size() >= bound && !before.recurs(k)) out.add(k);
        });
        return out;
    }

    /** The index cleaning reads: each key's count of holders (which this state keeps up to the bound). */
    public BoilerplateIndex index() {
        Map<String, Integer> counts = new HashMap<>();
        holders.forEach((k, ids) -> counts.put(k, ids.size()));
        return BoilerplateIndex.of(counts, bound);
    }

    private static List<ArticleId> smallest(Collection<ArticleId> ids, int bound) {
        TreeSet<ArticleId> sorted = new TreeSet<>(ids);
        List<ArticleId> out = new ArrayList<>(bound);
        for (ArticleId id : sorted) {
            if (out.size() == bound) break;
            out.add(id);
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineHolders h && h.bound == bound && h.holders.equals(holders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bound, holders);
    }

    @Override
    public String toString() {
        return "LineHolders[" + holders.size() + " lines, bound " + bound + "]";
    }
}
