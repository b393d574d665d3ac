package dev.faultline.domain.text;

import dev.faultline.domain.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article with its language annotations: sentences (with tokens and, where parsed, dependency
 * graphs) and mentions ordered by position. Immutable; {@link #withParses} returns a copy.
 * A non-English article has an empty document (no sentences, no mentions).
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<Mention> mentions) {
    private static final Comparator<Mention> ORDER =
            Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end).thenComparing(Mention::type);

    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        List<Mention> sorted = new ArrayList<>(Objects.requireNonNull(mentions, "mentions"));
        sorted.sort(ORDER);
        mentions = List.copyOf(sorted);
        int textLength = article.text().length();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i) throw new IllegalArgumentException(article.id() + ": sentence " + i + " has index " + s.index());
            if (s.end() > textLength) throw new IllegalArgumentException(article.id() + ": sentence " + i + " ends past the text");
        }
        for (Mention m : mentions) {
            if (m.sentence() >= sentences.size()) {
                throw new IllegalArgumentException(article.id() + ": " + m + " is in sentence " + m.sentence() + " of " + sentences.size());
            }
            if (m.tokenEnd() > sentences.get(m.sentence()).tokens().size() || m.end() > textLength) {
                throw new IllegalArgumentException(article.id() + ": " + m + " reaches past its sentence or the text");
            }
        }
    }

    /** The document of an article that is not annotated (not English, or empty). */
    public static AnnotatedDocument empty(Article article) {
        return new AnnotatedDocument(article, List.of(), List.of());
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** Mentions of the given types, in text order. */
    public List<Mention> mentions(EntityType first, EntityType... more) {
        Set<EntityType> types = EnumSet.of(first, more);
        return mentions.stream().filter(m -> types.contains(m.type())).toList();
    }

    /** Mentions in one sentence, in text order. */
    public List<Mention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The text a mention (or any span) covers. */
    public String text(int begin, int end) {
        return article.text().substring(begin, end);
    }

    /** Indices of the sentences that carry a dependency parse. */
    public List<Integer> parsedSentences() {
        return sentences.stream().filter(Sentence::isParsed).map(Sentence::index).toList();
    }

    /** A copy with these sentences' parses set (others kept as they are). */
    public AnnotatedDocument withParses(Map<Integer, DependencyGraph> parses) {
        List<Sentence> out = new ArrayList<>(sentences);
        parses.forEach((i, g) -> {
            if (i < 0 || i >= out.size()) throw new IllegalArgumentException(article.id() + ": no sentence " + i + " to parse");
            out.set(i, out.get(i).withParse(g));
        });
        return new AnnotatedDocument(article, out, mentions);
    }
}
