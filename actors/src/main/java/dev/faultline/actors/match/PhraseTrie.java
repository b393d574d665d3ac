package dev.faultline.actors.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A word-level trie from phrases to values. Words are compared after {@code normalizer} (applied to
 * both the stored phrases and the looked-up tokens), e.g. lower-casing and folding diacritics.
 * Built by {@link Builder}, then immutable and safe to share between threads.
 */
public final class PhraseTrie<T> {
    private final Node<T> root;
    private final UnaryOperator<String> normalizer;
    private final int size;

    /** A phrase found at tokens {@code [start, end)}; {@code values} are all the values stored under it. */
    public record Match<T>(List<T> values, int start, int end) {
        public T first() {
            return values.get(0);
        }
    }

    private PhraseTrie(Node<T> root, UnaryOperator<String> normalizer, int size) {
        this.root = root;
        this.normalizer = normalizer;
        this.size = size;
    }

    public static <T> Builder<T> builder(UnaryOperator<String> normalizer) {
        return new Builder<>(normalizer);
    }

    /** The longest phrase starting at token {@code start}. */
    public Optional<Match<T>> longestAt(List<String> tokens, int start) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = start; i < tokens.size(); i++) {
            n = n.next.get(normalizer.apply(tokens.get(i)));
            if (n == null) break;
            if (!n.values.isEmpty()) best = new Match<>(List.copyOf(n.values), start, i + 1);
        }
        return Optional.ofNullable(best);
    }

    /** Non-overlapping longest matches, left to right, in one pass over the tokens. */
    /** Every phrase that starts at {@code start}, shortest first (for a caller that must check each one). */
    public List<Match<T>> allAt(List<String> tokens, int start) {
        Node<T> n = root;
        List<Match<T>> out = new ArrayList<>();
        for (int i = start; i < tokens.size(); i++) {
            n = n.next.get(normalizer.apply(tokens.get(i)));
            if (n == null) break;
            if (!n.values.isEmpty()) out.add(new Match<>(List.copyOf(n.values), start, i + 1));
        }
        return out;
    }

    public List<Match<T>> findAll(List<String> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match<T>> m = longestAt(tokens, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The number of phrases stored. */
    public int size() {
        return size;
    }

    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private final UnaryOperator<String> normalizer;
        private int size;

        private Builder(UnaryOperator<String> normalizer) {
            this.normalizer = normalizer;
        }

        /** Adds a value under a phrase; a phrase may hold several values, kept in the order added. */
        public Builder<T> add(List<String> words, T value) {
            if (words.isEmpty()) throw new IllegalArgumentException("an empty phrase");
            Node<T> n = root;
            for (String w : words) n = n.next.computeIfAbsent(normalizer.apply(w), k -> new Node<>());
            if (n.values.isEmpty()) size++;
            if (!n.values.contains(value)) n.values.add(value);
            return this;
        }

        /** Replaces whatever a phrase holds with one value (later dictionaries win). */
        public Builder<T> put(List<String> words, T value) {
            if (words.isEmpty()) throw new IllegalArgumentException("an empty phrase");
            Node<T> n = root;
            for (String w : words) n = n.next.computeIfAbsent(normalizer.apply(w), k -> new Node<>());
            if (n.values.isEmpty()) size++;
            n.values.clear();
            n.values.add(value);
            return this;
        }

        public PhraseTrie<T> build() {
            return new PhraseTrie<>(root, normalizer, size);
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
    }
}
