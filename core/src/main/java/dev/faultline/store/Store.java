package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.ForceClaim;
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
     * {@code mentions} and {@code events}, and stores no force claims for it, as
     * {@link #saveAnalysis(ArticleId, String, List, List, List)} does.
     *
     * @throws StoreException when the article is not stored
     */
    default void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events) {
        saveAnalysis(article, analysis, mentions, events, List.of());
    }

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions, events and force
     * claims) with {@code mentions}, {@code events} and {@code forces}, in one transaction, as
     * {@link #saveAnalysis(ArticleId, String, List)} does for mentions. Every event and force claim
     * must belong to {@code article}. The actor references of the events' and claims' mentions and
     * of their attribution links are stored too, as the mentions' are (a mention's reference wins
     * over another stored under the same id in the same save).
     *
     * @throws StoreException when the article is not stored, or an event or claim belongs to another
     */
    void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events,
                      List<ForceClaim> forces);

    /**
     * The stored events that {@code query} selects, ordered by date (undated last), then article,
     * then position in the article. Each event comes back equal to the one saved.
     */
    List<CodedEvent> events(EventQuery query);

    /** The events stored for one article, in text order. */
    List<CodedEvent> events(ArticleId article);

    /**
     * The stored force claims whose actor is {@code actor} or has it in its lineage (as {@link
     * EventQuery#actor()} selects events), or all of them when {@code actor} is empty or blank;
     * ordered by date (undated last), then article, then position in the article. Each claim comes
     * back equal to the one saved, but for actor references replaced since under the same id.
     */
    List<ForceClaim> forceClaims(Optional<String> actor);

    /** The force claims stored for one article, in text order. */
    List<ForceClaim> forceClaims(ArticleId article);

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
