package dev.faultline.cli.eval;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Outcome;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.event.CodedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold set's texts run through the whole pipeline as articles, exactly as a user's reports would be.
 * Each case becomes one article whose id also covers the case id, so two cases with the same text
 * stay two articles.
 */
final class EvalBatch {
    /** One case's text with what the suite says to give the pipeline beside it. */
    record Case(String id, String text, String outlet, PartialDate published) {}

    private EvalBatch() {}

    /** The coded document of each case that analysed, by case id; each failure is added to {@code failures}. */
    static Map<String, CodedDocument> analyze(Analyzer analyzer, String suite, List<Case> cases, List<String> failures) {
        Map<ArticleId, Case> byArticle = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        for (Case c : cases) {
            Article a = new Article(ArticleId.of(suite + "/" + c.id() + "\n" + c.text()),
                    new Source(suite + "/" + c.id(), Source.Format.JSONL, 0), null, c.outlet(), null,
                    c.published() == null ? null : PublishedDate.known(c.published()), "en", null, c.text(), c.text(),
                    List.of(), List.of());
            byArticle.put(a.id(), c);
            articles.add(a);
        }
        Map<String, CodedDocument> coded = new HashMap<>();
        analyzer.analyzeAll(articles, outcome -> {
            Case c = byArticle.get(outcome.article().id());
            if (outcome instanceof Outcome.Analyzed done) coded.put(c.id(), done.coded());
            else if (outcome instanceof Outcome.Failed f) failures.add(suite + "/" + c.id() + ": " + f.message());
        });
        return coded;
    }
}
