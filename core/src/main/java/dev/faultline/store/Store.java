package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedEvent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Faultline's storage. Every write is atomic: an article and everything stored with it land in one
 * transaction, so a crash mid-ingest leaves no half-stored article. Implementations are safe for
 * use from several threads.
 *
 * <p>Listings that grow with the corpus (articles, events) come a page at a time ({@link Page}), or as a
 * {@link Stream} that reads them a page at a time; none reads an article's text unless it returns articles.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores an article with its near-duplicate signature, its input unknown (an input stored before is kept); see
     * {@link #save(Article, RawReport, Signature)}.
     */
    default SaveOutcome save(Article article, Signature signature) {
        return save(article, null, signature);
    }

    /**
     * Stores an article with the report it was cleaned from ({@code input}: the report as read, after the manifest;
     * its body is the article's raw text) and its near-duplicate signature. Saving an article whose id is already stored
     * with the same metadata, input and signature changes nothing ({@link SaveOutcome#UNCHANGED}); anything else
     * (a manifest supplied later, a cleaning that changed) updates it ({@link SaveOutcome#UPDATED}). An update that
     * changes the cleaned text discards the article's analysis (mentions, events, force and relation claims and the analysis'
     * version), whose offsets point into the old text, so that the next analysis run redoes it; so does an update that
     * makes the article a near-copy of another (a copy's events are its original's).
     *
     * @param input null when unknown: an input stored before is kept
     * @throws StoreException when the input is not the article's (another body or source)
     */
    SaveOutcome save(Article article, RawReport input, Signature signature);

    Optional<Article> article(ArticleId id);

    /**
     * The report an article was cleaned from, as {@link #save(Article, RawReport, Signature)} stored it: its title and
     * published value as read, its body (the article's raw text), source, url and outlet, and the problems that came
     * with it. Empty when the article is not stored or was stored without its input.
     */
    Optional<RawReport> input(ArticleId id);

    /** A page of the articles, ordered by publication date (undated last), then id. */
    Page<Article> articles(PageRequest page);

    /** Every article, in the order of {@link #articles(PageRequest)}, read a page at a time. */
    default Stream<Article> articles() {
        return Page.stream(this::articles);
    }

    /** A page of the articles without their texts, in the order of {@link #articles(PageRequest)}; reads no text. */
    Page<ArticleInfo> articleInfos(PageRequest page);

    /** Every article without its texts, in the order of {@link #articles(PageRequest)}, read a page at a time. */
    default Stream<ArticleInfo> articleInfos() {
        return Page.stream(this::articleInfos);
    }

    int articleCount();

    /**
     * A number that changes whenever what a reader sees changes (an article, an analysis), in this process or another,
     * so that what a reader built from the store (a corpus model) can be kept until it does. Reading it costs one
     * small query. Equal revisions mean the same stored articles and analyses; the values themselves mean nothing.
     */
    long revision();

    /** The near-duplicate signatures of all stored articles, for finding an incoming copy's original. */
    List<StoredSignature> signatures();

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions) with {@code mentions},
     * in one transaction, and records {@code analysis} (a version string of the pipeline that produced
     * them) so that a re-run with the same pipeline can skip the article. Each mention's actor
     * reference is stored too; a reference already stored under the same id is replaced by the newer one.
     *
     * @throws StoreException when the article is not stored, or is a near-copy of another
     */
    default void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions) {
        saveAnalysis(article, analysis, mentions, List.of());
    }

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions and events) with
     * {@code mentions} and {@code events}, and stores no force claims for it, as
     * {@link #saveAnalysis(ArticleId, String, List, List, List)} does.
     *
     * @throws StoreException when the article is not stored, or is a near-copy of another
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
     * @throws StoreException when the article is not stored or is a near-copy of another (a copy's events are its
     *                        original's and never count twice), or an event or claim belongs to another
     */
    default void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events,
                              List<ForceClaim> forces) {
        saveAnalysis(article, analysis, mentions, events, forces, List.of());
    }

    /**
     * Replaces what an earlier analysis of this article stored (its actor mentions, events, force claims and relation
     * claims) with these, in one transaction, as {@link #saveAnalysis(ArticleId, String, List, List, List)} does. Every
     * relation claim must belong to {@code article}; the actor references of its two mentions and of its attribution
     * links are stored too.
     *
     * @throws StoreException when the article is not stored or is a near-copy of another (a copy's events are its
     *                        original's and never count twice), or an event or claim belongs to another
     */
    void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events,
                      List<ForceClaim> forces, List<RelationClaim> relations);

    /**
     * A page of the stored events that {@code query} selects, ordered by date (undated last), then article,
     * then position in the article. Each event comes back equal to the one saved. Reads no article's text.
     */
    Page<CodedEvent> events(EventQuery query, PageRequest page);

    /** Every event {@code query} selects, in the order of {@link #events(EventQuery, PageRequest)}, read a page at a time. */
    default Stream<CodedEvent> events(EventQuery query) {
        return Page.stream(p -> events(query, p));
    }

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

    /**
     * Every stored relation claim ("A, backed by B"), ordered by date (undated last), then article, then position in
     * the article. Each comes back equal to the one saved, but for actor references replaced since under the same id.
     */
    List<RelationClaim> relationClaims();

    /** The relation claims stored for one article, in text order. */
    List<RelationClaim> relationClaims(ArticleId article);

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

    /**
     * The boilerplate learner's stored state for these lines: for each line key that any report read into the store
     * holds, the ids of the reports holding it that {@link #saveLineHolders} kept (the learner keeps the few smallest).
     * Keys no report holds are absent. Ids need not be stored articles: a report that cleaning left empty was read all
     * the same.
     */
    Map<String, List<ArticleId>> lineHolders(Collection<String> keys);

    /**
     * Replaces the stored holders of each key of {@code holders} with its list (in one transaction); keys not named
     * keep theirs. An empty list forgets the key.
     */
    void saveLineHolders(Map<String, List<ArticleId>> holders);

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
