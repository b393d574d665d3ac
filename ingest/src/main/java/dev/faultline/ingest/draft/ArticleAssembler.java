package dev.faultline.ingest.draft;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.pipeline.Stage;

/**
 * The last stage: a finished draft becomes an Article. The id is taken from the raw body, not the
 * cleaned text, so improving the cleaning rules later does not change an article's identity.
 */
public final class ArticleAssembler implements Stage<Draft, Article> {
    @Override
    public Article apply(Draft d) {
        String title = d.title() == null || d.title().isBlank() ? null : d.title().strip();
        return new Article(ArticleId.of(d.raw().body()), d.raw().source(), title, d.raw().outlet(), d.raw().url(),
                d.published(), d.language() == null ? "und" : d.language(), null, d.raw().body(), d.text(),
                d.dropped(), d.problems());
    }

    @Override
    public String name() {
        return "assemble";
    }
}
