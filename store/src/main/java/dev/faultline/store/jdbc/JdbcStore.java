package dev.faultline.store.jdbc;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.store.Signature;
import dev.faultline.store.Store;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Store} over JDBC. It holds one connection and runs every call under one lock, which makes
 * it safe from several threads (DuckDB admits one writing process per file anyway, and the CLI's
 * work is sequential). Each save is one transaction: a failure anywhere in it rolls back everything
 * it wrote. A connection the server dropped is replaced on the next call.
 */
public final class JdbcStore implements Store {
    private final Dialect dialect;
    private final ConnectionSource source;
    private final String description;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}; null after the server dropped it, until the next call reconnects. */
    private Connection connection;
    private boolean closed;

    private JdbcStore(Dialect dialect, ConnectionSource source, String description, Connection connection) {
        this.dialect = dialect;
        this.source = source;
        this.description = description;
        this.connection = connection;
    }

    /**
     * Connects through {@code source} and applies the dialect's pending migrations.
     *
     * @param description names the database in messages, e.g. "DuckDB database /data/faultline.duckdb";
     *                    it must hold no password
     */
    public static JdbcStore open(Dialect dialect, ConnectionSource source, String description) {
        return open(dialect, Migrations.load(dialect.migrationsFolder()), source, description);
    }

    /** As {@link #open(Dialect, ConnectionSource, String)}, with the given migrations (for tests of migration itself). */
    public static JdbcStore open(Dialect dialect, List<Migration> migrations, ConnectionSource source, String description) {
        Connection c = connect(source, description);
        try {
            Migrations.apply(c, dialect, migrations, description);
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw new StoreException("cannot prepare the schema of " + description + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
        return new JdbcStore(dialect, source, description, c);
    }

    private static Connection connect(ConnectionSource source, String description) {
        try {
            Connection c = source.open();
            if (c == null) throw new StoreException("cannot open " + description + ": the driver refused its address");
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SaveOutcome save(Article article, Signature signature) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(signature, "signature");
        return inTransaction("save article " + article.id() + " (" + article.source().display() + ")", c -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            if (ArticleRows.insertIfAbsent(c, article, now)) {
                ArticleRows.insertChildren(c, article);
                SignatureRows.insert(c, dialect, article.id(), signature);
                return SaveOutcome.INSERTED;
            }
            boolean sameArticle = ArticleRows.find(c, article.id()).filter(article::equals).isPresent();
            boolean sameSignature = SignatureRows.find(c, article.id()).filter(signature::equals).isPresent();
            if (sameArticle && sameSignature) return SaveOutcome.UNCHANGED;
            if (!sameArticle) {
                ArticleRows.update(c, article, now);
                ArticleRows.deleteChildren(c, article.id());
                ArticleRows.insertChildren(c, article);
            }
            if (!sameSignature) SignatureRows.replace(c, dialect, article.id(), signature);
            return SaveOutcome.UPDATED;
        });
    }

    @Override
    public Optional<Article> article(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return withConnection("read article " + id, c -> ArticleRows.find(c, id));
    }

    @Override
    public List<Article> articles() {
        return withConnection("read the articles", ArticleRows::all);
    }

    @Override
    public int articleCount() {
        return withConnection("count the articles", ArticleRows::count);
    }

    @Override
    public List<StoredSignature> signatures() {
        return withConnection("read the signatures", SignatureRows::all);
    }

    @Override
    public void saveAnalysis(ArticleId article, String analysis, java.util.List<dev.faultline.domain.actor.ActorMention> mentions) {
        throw new UnsupportedOperationException("actor mentions are not stored yet");
    }

    @Override
    public java.util.Optional<String> analysis(ArticleId article) {
        return java.util.Optional.empty();
    }

    @Override
    public java.util.List<dev.faultline.domain.actor.ActorMention> actorMentions(ArticleId article) {
        return java.util.List.of();
    }

    @Override
    public java.util.List<ActorSummary> actorSummaries() {
        return java.util.List.of();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            if (connection != null) connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
        } finally {
            connection = null;
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(String what, SqlWork<T> work) {
        return withConnection(what, c -> {
            c.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(c);
                c.commit();
                committed = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                if (committed) c.setAutoCommit(true);
            }
        });
    }

    /** Rolls back after {@code cause}; a connection that cannot is closed, so the next call opens a fresh one. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
            closeQuietly(c, cause);
        }
    }

    private <T> T withConnection(String what, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) throw new StoreException("cannot " + what + ": " + description + " is closed");
            if (connection == null) connection = connect(source, description);
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (isConnectionLost(e)) discardConnection(e);
                throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
            } catch (StoreException e) {
                throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) return true;
        try {
            return connection.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    private void discardConnection(Exception cause) {
        closeQuietly(connection, cause);
        connection = null;
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
