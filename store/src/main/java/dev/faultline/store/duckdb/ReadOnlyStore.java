package dev.faultline.store.duckdb;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Page;
import dev.faultline.store.PageRequest;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.StoreException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store that reads through another and refuses every write with a message naming it (a Spark run's datasets). */
final class ReadOnlyStore implements Store {
    private final Store reads;

    ReadOnlyStore(Store reads) {
        this.reads = reads;
    }

    private StoreException refused(String what) {
        return new StoreException("cannot " + what + ": " + reads.describe() + " is read-only; run `faultline spark analyze` "
                + "again to change it, or use a DuckDB file or PostgreSQL");
    }

    @Override
    public SaveOutcome save(Article article, RawReport input, Signature signature) {
        throw refused("save article " + article.id());
    }

    @Override
    public void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events, List<ForceClaim> forces,
                             List<RelationClaim> relations) {
        throw refused("save the analysis of article " + article);
    }

    @Override
    public void saveLineHolders(Map<String, List<ArticleId>> holders) {
        if (!holders.isEmpty()) throw refused("save what the boilerplate learner learnt");
    }

    @Override
    public Optional<Article> article(ArticleId id) {
        return reads.article(id);
    }

    @Override
    public Optional<RawReport> input(ArticleId id) {
        return reads.input(id);
    }

    @Override
    public Page<Article> articles(PageRequest page) {
        return reads.articles(page);
    }

    @Override
    public Page<ArticleInfo> articleInfos(PageRequest page) {
        return reads.articleInfos(page);
    }

    @Override
    public int articleCount() {
        return reads.articleCount();
    }

    @Override
    public long revision() {
        return reads.revision();
    }

    @Override
    public List<StoredSignature> signatures() {
        return reads.signatures();
    }

    @Override
    public Page<CodedEvent> events(EventQuery query, PageRequest page) {
        return reads.events(query, page);
    }

    @Override
    public List<CodedEvent> events(ArticleId article) {
        return reads.events(article);
    }

    @Override
    public List<ForceClaim> forceClaims(Optional<String> actor) {
        return reads.forceClaims(actor);
    }

    @Override
    public List<ForceClaim> forceClaims(ArticleId article) {
        return reads.forceClaims(article);
    }

    @Override
    public List<RelationClaim> relationClaims() {
        return reads.relationClaims();
    }

    @Override
    public List<RelationClaim> relationClaims(ArticleId article) {
        return reads.relationClaims(article);
    }

    @Override
    public Optional<String> analysis(ArticleId article) {
        return reads.analysis(article);
    }

    @Override
    public List<ActorMention> actorMentions(ArticleId article) {
        return reads.actorMentions(article);
    }

    @Override
    public List<ActorSummary> actorSummaries() {
        return reads.actorSummaries();
    }

    @Override
    public Map<String, List<ArticleId>> lineHolders(Collection<String> keys) {
        return reads.lineHolders(keys);
    }

    @Override
    public String describe() {
        return reads.describe();
    }

    @Override
    public void close() {
        reads.close();
    }
}
