package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;

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

    /** A short description for messages: the adapter and where its data lives. */
    String describe();

    @Override
    void close();

    enum SaveOutcome { INSERTED, UPDATED, UNCHANGED }

    /** A stored article's signature, with what is needed to choose the original among copies. */
    record StoredSignature(ArticleId id, Signature signature, String published) {}
}
