package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.event.CodedEvent;

import java.util.List;
import java.util.Optional;

/**
 * Faultline's storage. Every write is atomic: an article and everything stored with it land in one
 * transaction, so a crash mid-ingest leaves no half-stored article. Implementations are safe for
 * use from several threads.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores an article with its near-duplicate signature. Saving an article whose id is already
     * stored with the same metadata changes nothing ({@link SaveOutcome#UNCHANGED}); with other
     * metadata (a manifest supplied later, say) it updates that metadata ({@link SaveOutcome#UPDATED}).
     */
    SaveOutcome save(Article article, Signature signature);

    Optional<Article> article(ArticleId id);

    /** All articles, ordered by publication date (undated last), then id. */
    List<Article> articles();

    int articleCount();

    /** The near-duplicate signatures of all stored articles, for finding an incoming copy's original. */
    List<StoredSignature> signatures();

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions) with {@code mentions},
     * in one transaction, and records {@code analysis} (a version string of the pipeline that produced
     * them) so that a re-run with the same pipeline can skip the article. Each mention's actor
     * reference is stored too; a reference already stored under the same id is replaced by the newer one.
     *
     * @throws StoreException when the article is not stored
     */
    default void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions) {
        saveAnalysis(article, analysis, mentions, List.of());
    }

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions and events) with
     * {@code mentions} and {@code events}, in one transaction, as {@link #saveAnalysis(ArticleId, String, List)}
     * does for mentions. Every event must belong to {@code article}.
     *
     * @throws StoreException when the article is not stored
     */
    void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events);

    /**
     * The stored events that {@code query} selects, ordered by date (undated last), then article,
     * then position in the article. Each event comes back equal to the one saved.
     */
    List<CodedEvent> events(EventQuery query);

    /** The events stored for one article, in text order. */
    List<CodedEvent> events(ArticleId article);

    /** The version string of the last analysis stored for this article, if any. */
    Optional<String> analysis(ArticleId article);

    /** The actor mentions stored for one article, in text order. */
    List<ActorMention> actorMentions(ArticleId article);

    /**
     * Every actor mentioned in any stored article, most mentioned first (then by id): how often, in how
     * many articles, and the spellings seen, most frequent first (the words of coreferring pronouns and
     * nominals are counted as mentions but are not spellings).
     */
    List<ActorSummary> actorSummaries();

    /** A short description for messages: the adapter and where its data lives. */
    String describe();

    @Override
    void close();

    enum SaveOutcome { INSERTED, UPDATED, UNCHANGED }

    /** A stored article's signature, with what is needed to choose the original among copies. */
    record ActorSummary(ActorRef actor, int mentions, int articles, List<String> spellings) {
        public ActorSummary {
            spellings = List.copyOf(spellings);
        }
    }

    record StoredSignature(ArticleId id, Signature signature, String published) {}
}
