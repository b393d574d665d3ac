package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.TextEnds;

import java.util.Objects;

/**
 * A stored article without its texts, dropped spans or problems: what a listing of claims, a corpus model or a map
 * needs of it (who published it, when, where it came from). Reading these never reads an article's text.
 *
 * @param textEnds the text's first and last lines, cut short ({@link TextEnds}): where a wire credit is read from;
 *                 null only from a store not yet opened by a writer since it gained them
 */
public record ArticleInfo(ArticleId id, Source source, String title, String outlet, String url, PublishedDate published,
                          String language, ArticleId duplicateOf, String textEnds) {
    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
    }

    public static ArticleInfo of(Article a) {
        return new ArticleInfo(a.id(), a.source(), a.title(), a.outlet(), a.url(), a.published(), a.language(), a.duplicateOf(),
                TextEnds.of(a.text()));
    }
}
