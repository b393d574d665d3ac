package dev.faultline.lexicon;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One versioned word list: lower-case entries (a word or a phrase), each with the values its line
 * gives after the entry (tags, or a number), in the file's order. Immutable.
 *
 * @param name    the list's name, as its file names it
 * @param version the list's version: bumped when its entries change, so stored analyses redo
 * @param source  where its entries come from
 * @param tags    the tags an entry may carry, as the file declares them (empty when it declares none)
 * @param entries each entry and its values
 */
public record WordList(String name, int version, String source, Set<String> tags, Map<String, List<String>> entries) {
    public WordList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        tags = Set.copyOf(new LinkedHashSet<>(tags));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        entries = java.util.Collections.unmodifiableMap(copy);
    }

    /** Every entry. */
    public Set<String> words() {
        return Set.copyOf(entries.keySet());
    }

    /** The entries that carry {@code tag}; the tag must be one the file declares. */
    public Set<String> tagged(String tag) {
        if (!tags.contains(tag)) throw new IllegalArgumentException("word list " + name + " declares no tag " + tag + " (it has " + tags + ")");
        Set<String> out = new LinkedHashSet<>();
        entries.forEach((w, v) -> {
            if (v.contains(tag)) out.add(w);
        });
        return Set.copyOf(out);
    }

    /** The entries that carry any of {@code tags}. */
    public Set<String> taggedAny(String... tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) out.addAll(tagged(t));
        return Set.copyOf(out);
    }

    /** Each entry to the one whole number its line gives ("may 5"); fails naming the entry when a line gives none. */
    public Map<String, Integer> numbers() {
        Map<String, Integer> out = new LinkedHashMap<>();
        entries.forEach((w, v) -> {
            if (v.size() != 1) throw new WordListException("word list " + name + ": entry '" + w + "' should give one number, gives " + v);
            try {
                out.put(w, Integer.parseInt(v.get(0)));
            } catch (NumberFormatException e) {
                throw new WordListException("word list " + name + ": entry '" + w + "' gives '" + v.get(0) + "', not a whole number", e);
            }
        });
        return Map.copyOf(out);
    }

    /** "name vN": how an analysis records which list it read. */
    public String fingerprint() {
        return name + " v" + version;
    }
}
