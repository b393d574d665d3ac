package dev.faultline.cli;

import dev.faultline.claims.Assessor;
import dev.faultline.claims.OutletGrades;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every stored claim (events and force claims) assessed together, as credibility needs: a claim's
 * corroboration and contradictions depend on all the others, not only on those a command shows.
 */
final class AssessedClaims {
    final List<CodedEvent> events;
    final List<ForceClaim> forces;
    private final Map<ArticleId, Article> articles;
    private final Map<String, Assessment> assessments;

    private AssessedClaims(List<CodedEvent> events, List<ForceClaim> forces, Map<ArticleId, Article> articles,
                           Map<String, Assessment> assessments) {
        this.events = events;
        this.forces = forces;
        this.articles = articles;
        this.assessments = assessments;
    }

    /** Reads every stored article, event and force claim and assesses the claims with {@code grades}. */
    static AssessedClaims of(Store store, OutletGrades grades) {
        Map<ArticleId, Article> articles = new LinkedHashMap<>();
        for (Article a : store.articles()) articles.put(a.id(), a);
        Map<ArticleId, String> outlets = new HashMap<>();   // values may be null: a HashMap, not Map.copyOf
        articles.forEach((id, a) -> outlets.put(id, a.outlet()));
        List<CodedEvent> events = store.events(EventQuery.all());
        List<ForceClaim> forces = store.forceClaims(Optional.empty());
        return new AssessedClaims(events, forces, articles, new Assessor(grades).assess(events, forces, outlets));
    }

    /** The claim's assessment, or null for a claim this corpus does not hold. */
    Assessment of(String claimId) {
        return assessments.get(claimId);
    }

    /** Every claim's assessment, by claim id. */
    Map<String, Assessment> assessments() {
        return assessments;
    }

    /** Every stored article, in the store's order (by publication date, then id). */
    List<Article> articles() {
        return List.copyOf(articles.values());
    }

    /** The stored article, or null. */
    Article article(ArticleId id) {
        return articles.get(id);
    }

    /** The article's outlet, or null when it has none or is not stored. */
    String outlet(ArticleId id) {
        Article a = articles.get(id);
        return a == null ? null : a.outlet();
    }

    int articleCount() {
        return articles.size();
    }
}
