package dev.faultline.store.jdbc;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Attribution;
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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Store} over JDBC. It holds one connection and runs every call under one lock, which makes
 * it safe from several threads (DuckDB admits one writing process per file anyway, and the CLI's
 * work is sequential). Each save is one transaction: a failure anywhere in it rolls back everything
 * it wrote. A connection the server dropped is replaced on the next call.
 */
public final class JdbcStore implements Store {
    /** The migration that added {@code store_revision}. */
    private static final int REVISION_SINCE = 6;
    /** The migration that added {@code article_text_ends}. */
    private static final int TEXT_ENDS_SINCE = 7;
    /** The order mentions are stored and read in; two mentions equal under it would share a key. */
    private static final Comparator<ActorMention> TEXT_ORDER =
            Comparator.comparingInt(ActorMention::begin).thenComparingInt(ActorMention::end);

    private final Dialect dialect;
    private final ConnectionSource source;
    private final String description;
    private final ReentrantLock lock = new ReentrantLock();
    /** Whether the schema has the revision (V6 on); only the tests of migration open a store on an older one. */
    private final boolean revisions;
    /** Whether the schema keeps the articles' text ends (V7 on); as {@link #revisions}, only for tests of migration. */
    private final boolean textEnds;
    /** Guarded by {@link #lock}; null after the server dropped it, or after it was yielded, until the next call reconnects. */
    private Connection connection;
    /** Guarded by {@link #lock}: when {@link #connection} was opened, and how long it may be held (null: for good). */
    private long connectedAt = System.nanoTime();
    private long lastUsed = System.nanoTime();
    private Duration holdAtMost;
    /** Closes an idle yielding store's connection; null for a store that holds its connection. */
    private ScheduledExecutorService idleRelease;
    private boolean closed;

    private JdbcStore(Dialect dialect, ConnectionSource source, String description, Connection connection, boolean revisions,
                      boolean textEnds) {
        this.dialect = dialect;
        this.revisions = revisions;
        this.textEnds = textEnds;
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
            List<Integer> applied = Migrations.apply(c, dialect, migrations, description);
            // Articles stored before the text ends were kept get theirs now (a new database has none to fill).
            if (applied.contains(TEXT_ENDS_SINCE) && !applied.contains(1)) ArticleRows.fillTextEnds(c);
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw new StoreException("cannot prepare the schema of " + description + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
        boolean revisions = migrations.stream().anyMatch(m -> m.version() >= REVISION_SINCE);
        boolean textEnds = migrations.stream().anyMatch(m -> m.version() >= TEXT_ENDS_SINCE);
        return new JdbcStore(dialect, source, description, c, revisions, textEnds);
    }

    /**
     * Connects through {@code source} (a read-only connection will do) to a database whose schema is up to date, without
     * writing: a reader's store. Returns empty, the connection closed, when migrations are pending (a writer must apply
     * them first). {@code holdAtMost} as for {@link #yielding}.
     */
    public static Optional<JdbcStore> openCurrent(Dialect dialect, ConnectionSource source, String description, Duration holdAtMost) {
        List<Migration> migrations = Migrations.load(dialect.migrationsFolder());
        Connection c = connect(source, description);
        try {
            if (!Migrations.upToDate(c, migrations, description)) {
                c.close();
                return Optional.empty();
            }
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw new StoreException("cannot read the schema of " + description + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
        return Optional.of(new JdbcStore(dialect, source, description, c, true, true).yielding(holdAtMost));
    }

    /**
     * This store, made to close its connection after a call once it has held it for {@code holdAtMost} (null: never),
     * and to open a new one on the next call: a long run then lets other processes in between its calls (DuckDB admits
     * one process at a time to a file that one writes). Each call stays one transaction, so a process let in between
     * sees whole saves only.
     */
    public JdbcStore yielding(Duration holdAtMost) {
        lock.lock();
        try {
            this.holdAtMost = holdAtMost;
            if (holdAtMost != null && idleRelease == null) {
                // A run that stops calling (a model loading, a long analysis) lets go of an idle connection too.
                idleRelease = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "faultline-store-yield");
                    t.setDaemon(true);
                    return t;
                });
                long period = Math.max(1, holdAtMost.toMillis());
                idleRelease.scheduleWithFixedDelay(this::releaseIfIdle, period, period, TimeUnit.MILLISECONDS);
            }
            return this;
        } finally {
            lock.unlock();
        }
    }

    private void releaseIfIdle() {
        if (!lock.tryLock()) return;
        try {
            if (connection == null || holdAtMost == null || System.nanoTime() - lastUsed < holdAtMost.toNanos()) return;
            if (!connection.getAutoCommit()) return;
            Connection held = connection;
            connection = null;
            held.close();
        } catch (SQLException ignored) {
            // Nothing is in flight on an idle connection; one that fails to close is dropped all the same.
        } finally {
            lock.unlock();
        }
    }

    /**
     * Connects through {@code source}, whose connections come with the current schema already in place (an adapter that
     * builds it itself: DuckDB's views over Parquet), and applies no migration.
     */
    public static JdbcStore prepared(Dialect dialect, ConnectionSource source, String description) {
        return new JdbcStore(dialect, source, description, connect(source, description), true, true);
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
    public SaveOutcome save(Article article, RawReport input, Signature signature) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(signature, "signature");
        String what = "save article " + article.id() + " (" + article.source().display() + ")";
        if (input != null) InputRows.check(article, input);
        InputRows.Row inputRow = input == null ? null : InputRows.Row.of(input);
        return inTransaction(what, c -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            if (ArticleRows.insertIfAbsent(c, article, now)) {
                ArticleRows.insertChildren(c, article, textEnds);
                SignatureRows.insert(c, dialect, article.id(), signature);
                if (inputRow != null) InputRows.put(c, article.id().value(), inputRow);
                raiseRevision(c);
                return SaveOutcome.INSERTED;
            }
            Optional<Article> stored = ArticleRows.find(c, article.id());
            boolean sameArticle = stored.filter(article::equals).isPresent();
            boolean sameSignature = SignatureRows.find(c, article.id()).filter(signature::equals).isPresent();
            boolean sameInput = inputRow == null || InputRows.find(c, article.id().value()).filter(inputRow::equals).isPresent();
            if (sameArticle && sameSignature && sameInput) return SaveOutcome.UNCHANGED;
            if (!sameArticle) {
                // The analysis' offsets point into the cleaned text: another text makes it void, and the next run redoes it.
                // A copy's events are its original's: an article that becomes a copy keeps none, so they never count twice.
                if (stored.isPresent() && (!stored.get().text().equals(article.text())
                        || stored.get().duplicateOf() == null && article.duplicateOf() != null)) {
                    discardAnalysis(c, article.id());
                }
                ArticleRows.update(c, article, now);
                ArticleRows.deleteChildren(c, article.id(), textEnds);
                ArticleRows.insertChildren(c, article, textEnds);
            }
            if (!sameSignature) SignatureRows.replace(c, dialect, article.id(), signature);
            if (!sameInput) InputRows.put(c, article.id().value(), inputRow);
            raiseRevision(c);
            return SaveOutcome.UPDATED;
        });
    }

    private void raiseRevision(Connection c) throws SQLException {
        if (revisions) RevisionRows.raise(c);
    }

    private static void discardAnalysis(Connection c, ArticleId article) throws SQLException {
        EventRows.delete(c, article);
        ForceClaimRows.delete(c, article);
        RelationClaimRows.delete(c, article);
        MentionRows.delete(c, article);
        AnalysisRows.delete(c, article);
    }

    @Override
    public Optional<Article> article(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return withConnection("read article " + id, c -> ArticleRows.find(c, id));
    }

    @Override
    public Optional<RawReport> input(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return withConnection("read the input of article " + id, c -> {
            Optional<InputRows.Row> row = InputRows.find(c, id.value());
            if (row.isEmpty()) return Optional.empty();
            return ArticleRows.find(c, id).map(a -> row.get().input(a));
        });
    }

    @Override
    public Page<Article> articles(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return withConnection("read the articles", c -> ArticleRows.page(c, page.after(), page.size()));
    }

    @Override
    public Page<ArticleInfo> articleInfos(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return withConnection("read the articles' descriptions", c -> ArticleRows.infoPage(c, page.after(), page.size(), textEnds));
    }

    @Override
    public long revision() {
        return withConnection("read the store's revision", RevisionRows::read);
    }

    @Override
    public Map<String, List<ArticleId>> lineHolders(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) return Map.of();
        return withConnection("read the recurring lines", c -> LineHolderRows.find(c, keys));
    }

    @Override
    public void saveLineHolders(Map<String, List<ArticleId>> holders) {
        Objects.requireNonNull(holders, "holders");
        if (holders.isEmpty()) return;
        inTransaction("save the recurring lines", c -> {
            LineHolderRows.replace(c, holders);
            return null;
        });
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
    public void saveAnalysis(ArticleId article, String analysis, List<ActorMention> mentions, List<CodedEvent> events,
                             List<ForceClaim> forces, List<RelationClaim> relations) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        for (CodedEvent e : events) {
            if (!e.article().equals(article)) throw new StoreException("event " + e.id() + " belongs to article " + e.article() + ", not " + article);
        }
        for (ForceClaim f : forces) {
            if (!f.article().equals(article)) {
                throw new StoreException("force claim " + f.id() + " belongs to article " + f.article() + ", not " + article);
            }
        }
        for (RelationClaim r : relations) {
            if (!r.article().equals(article)) {
                throw new StoreException("relation claim " + r.id() + " belongs to article " + r.article() + ", not " + article);
            }
        }
        List<CodedEvent> eventsInOrder = events.stream().sorted(Comparator.comparingInt(CodedEvent::begin).thenComparing(CodedEvent::id)).toList();
        List<ForceClaim> forcesInOrder = forces.stream().sorted(Comparator.comparingInt(ForceClaim::begin).thenComparing(ForceClaim::id)).toList();
        List<RelationClaim> relationsInOrder = relations.stream().sorted(Comparator.comparingInt(RelationClaim::begin)
                .thenComparing(RelationClaim::id)).toList();
        List<ActorMention> inTextOrder = mentions.stream().sorted(TEXT_ORDER).toList();
        String what = "save the analysis of article " + article;
        for (int i = 1; i < inTextOrder.size(); i++) {
            ActorMention m = inTextOrder.get(i);
            if (TEXT_ORDER.compare(inTextOrder.get(i - 1), m) == 0) {
                throw new StoreException("cannot " + what + ": two mentions cover [" + m.begin() + ", " + m.end() + ")");
            }
        }
        inTransaction(what, c -> {
            Optional<Article> stored = ArticleRows.find(c, article);
            if (stored.isEmpty()) throw new StoreException("article " + article + " is not stored");
            if (stored.get().duplicateOf() != null) {
                throw new StoreException("article " + article + " is a copy of " + stored.get().duplicateOf() + ": its events are its original's");
            }
            // The same analysis again writes nothing, as saving the same article again does.
            if (AnalysisRows.find(c, article).filter(analysis::equals).isPresent()
                    && MentionRows.find(c, article).equals(inTextOrder) && EventRows.find(c, article).equals(eventsInOrder)
                    && ForceClaimRows.find(c, dialect, article).equals(forcesInOrder)
                    && RelationClaimRows.find(c, dialect, article).equals(relationsInOrder)) {
                return null;
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            EventRows.delete(c, article);
            ForceClaimRows.delete(c, article);
            RelationClaimRows.delete(c, article);
            MentionRows.delete(c, article);
            ActorRows.upsert(c, actorsOf(inTextOrder, eventsInOrder, forcesInOrder, relationsInOrder), now);
            MentionRows.insert(c, article, inTextOrder);
            EventRows.insert(c, eventsInOrder);
            ForceClaimRows.insert(c, forcesInOrder);
            RelationClaimRows.insert(c, relationsInOrder);
            AnalysisRows.record(c, article, analysis, now);
            raiseRevision(c);
            return null;
        });
    }

    /**
     * The references to store with an analysis, each id once: the mentions' (the last of an id wins),
     * then those only the events' and the force and relation claims' mentions name, then those only attribution
     * links name.
     */
    private static List<ActorRef> actorsOf(List<ActorMention> mentions, List<CodedEvent> events, List<ForceClaim> forces,
                                           List<RelationClaim> relations) {
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        for (ActorMention m : mentions) actors.put(m.actor().id(), m.actor());
        for (CodedEvent e : events) {
            for (ActorMention m : e.source()) actors.putIfAbsent(m.actor().id(), m.actor());
            for (ActorMention m : e.target()) actors.putIfAbsent(m.actor().id(), m.actor());
        }
        for (ForceClaim f : forces) actors.putIfAbsent(f.actor().actor().id(), f.actor().actor());
        for (RelationClaim r : relations) {
            actors.putIfAbsent(r.a().actor().id(), r.a().actor());
            actors.putIfAbsent(r.b().actor().id(), r.b().actor());
        }
        List<List<Attribution>> chains = new ArrayList<>();
        for (CodedEvent e : events) chains.add(e.attribution());
        for (ForceClaim f : forces) chains.add(f.attribution());
        for (RelationClaim r : relations) chains.add(r.attribution());
        for (List<Attribution> chain : chains) {
            for (Attribution a : chain) if (a.actor() != null) actors.putIfAbsent(a.actor().id(), a.actor());
        }
        return List.copyOf(actors.values());
    }

    @Override
    public List<RelationClaim> relationClaims() {
        return withConnection("read the relation claims", c -> RelationClaimRows.all(c, dialect));
    }

    @Override
    public List<RelationClaim> relationClaims(ArticleId article) {
        Objects.requireNonNull(article, "article");
        return withConnection("read the relation claims of article " + article, c -> RelationClaimRows.find(c, dialect, article));
    }

    @Override
    public Optional<String> analysis(ArticleId article) {
        Objects.requireNonNull(article, "article");
        return withConnection("read the analysis of article " + article, c -> AnalysisRows.find(c, article));
    }

    @Override
    public List<ActorMention> actorMentions(ArticleId article) {
        Objects.requireNonNull(article, "article");
        return withConnection("read the actor mentions of article " + article, c -> MentionRows.find(c, article));
    }

    @Override
    public Page<CodedEvent> events(EventQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return withConnection("read the events", c -> EventRows.query(c, query, page.after(), page.size()));
    }

    @Override
    public List<CodedEvent> events(ArticleId article) {
        Objects.requireNonNull(article, "article");
        return withConnection("read the events of article " + article, c -> EventRows.find(c, article));
    }

    @Override
    public List<ForceClaim> forceClaims(Optional<String> actor) {
        Objects.requireNonNull(actor, "actor");
        Optional<String> id = actor.filter(a -> !a.isBlank());
        return withConnection("read the force claims", c -> ForceClaimRows.query(c, dialect, id));
    }

    @Override
    public List<ForceClaim> forceClaims(ArticleId article) {
        Objects.requireNonNull(article, "article");
        return withConnection("read the force claims of article " + article, c -> ForceClaimRows.find(c, dialect, article));
    }

    @Override
    public List<ActorSummary> actorSummaries() {
        return withConnection("summarize the actors", c -> ActorRows.summaries(c, dialect));
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
            if (idleRelease != null) idleRelease.shutdownNow();
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
            if (connection == null) {
                connection = connect(source, description);
                connectedAt = System.nanoTime();
            }
            try {
                T result = work.run(connection);
                lastUsed = System.nanoTime();
                if (holdAtMost != null && System.nanoTime() - connectedAt >= holdAtMost.toNanos() && connection.getAutoCommit()) {
                    Connection held = connection;
                    connection = null;
                    try {
                        held.close();
                    } catch (SQLException ignored) {
                        // What the call did is committed; a connection that fails to close is dropped all the same.
                    }
                }
                return result;
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
