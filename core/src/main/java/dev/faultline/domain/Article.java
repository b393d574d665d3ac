package dev.faultline.domain;

import java.util.List;
import java.util.Objects;

/**
 * A stored report: its identity, metadata, the text as read ({@code rawText}), the cleaned text
 * every later stage reads ({@code text}; event spans are offsets into it), the spans of
 * {@code rawText} that cleaning dropped, and the problems found.
 *
 * @param language   ISO 639-1 code, or "und" when it could not be told
 * @param duplicateOf the original this article is a near-duplicate of, or null
 * @param published  null when neither metadata nor text gave a date
 */
public record Article(ArticleId id, Source source, String title, String outlet, String url,
                      PublishedDate published, String language, ArticleId duplicateOf,
                      String rawText, String text, List<Span> dropped, List<Problem> problems) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        dropped = List.copyOf(dropped);
        problems = List.copyOf(problems);
        if (id.equals(duplicateOf)) throw new IllegalArgumentException("an article cannot duplicate itself");
    }

    public boolean isEnglish() {
        return "en".equals(language);
    }

    public Article withDuplicateOf(ArticleId original) {
        return new Article(id, source, title, outlet, url, published, language, original, rawText, text, dropped, problems);
    }
}
