package dev.faultline.nlp;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;

import java.util.List;

/** Test articles from example texts the team writes. */
final class Articles {
    private Articles() {
    }

    static Article of(String text, String published, String language) {
        return new Article(ArticleId.of(text), new Source("test.txt", Source.Format.TEXT, 0), "test", "Test Wire", null,
                published == null ? null : PublishedDate.known(PartialDate.parse(published).orElseThrow()),
                language, null, text, text, List.of(), List.of());
    }

    static Article english(String text, String published) {
        return of(text, published, "en");
    }
}
