package dev.faultline.store.postgres;

import dev.faultline.store.ActorFixtures;
import dev.faultline.store.Fixtures;
import dev.faultline.store.Store;
import dev.faultline.store.StoreContract;
import dev.faultline.store.StoreException;
import dev.faultline.store.adapters.StoreLocation;
import dev.faultline.store.adapters.Stores;
import dev.faultline.store.jdbc.FailingConnection;
import dev.faultline.store.jdbc.JdbcStore;
import dev.faultline.store.jdbc.JdbcUrls;
import dev.faultline.store.jdbc.Migration;
import dev.faultline.store.jdbc.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract on a real PostgreSQL server, each test in a fresh schema; and PostgreSQL's own cases. */
class PostgresStoreTest extends StoreContract {
    @RegisterExtension
    static final PostgresServerExtension POSTGRES = new PostgresServerExtension();

    String schema;
    String url;

    @BeforeEach
    void freshSchema() throws SQLException {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        url = POSTGRES.server().createSchema(schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        POSTGRES.server().dropSchema(schema);
    }

    @Override
    protected Store openStore() {
        return Stores.postgres(url);
    }

    @Override
    protected Store openStoreFailingOn(String... sqlPrefixes) {
        return JdbcStore.open(new PostgresDialect(), () -> FailingConnection.wrap(PostgresStores.connect(url), sqlPrefixes),
                "PostgreSQL database " + url);
    }

    @Override
    protected Store openStoreWith(List<Migration> migrations) {
        return JdbcStore.open(new PostgresDialect(), migrations, () -> PostgresStores.connect(url), "PostgreSQL database " + url);
    }

    @Override
    protected List<Migration> migrations() {
        return Migrations.load(new PostgresDialect().migrationsFolder());
    }

    @Override
    protected Connection connect() throws SQLException {
        return new org.postgresql.Driver().connect(url, new Properties());
    }

    @Override
    protected String expectedDescription() {
        return "PostgreSQL database " + JdbcUrls.redact(url);
    }

    @Test
    void theFactoryOpensALocation() {
        Store store = track(Stores.open(new StoreLocation.PostgresUrl(url)));
        store.save(Fixtures.minimal("x"), Fixtures.signature(1));
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void aPasswordIsNeverPrinted() {
        String withPassword = url + "&password=hunter2";
        Store store = track(Stores.postgres(withPassword));
        assertThat(store.describe()).doesNotContain("hunter2").contains("password=***");
        assertThat(new StoreLocation.PostgresUrl(withPassword).toString()).doesNotContain("hunter2");

        String unreachable = "jdbc:postgresql://127.0.0.1:1/faultline?user=me&password=hunter2&connectTimeout=2";
        assertThatThrownBy(() -> Stores.postgres(unreachable))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL database jdbc:postgresql://127.0.0.1:1/faultline")
                .hasMessageNotContaining("hunter2")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String missing = POSTGRES.server().url().replaceFirst("/[^/?]+(\\?|$)", "/no_such_database_here$1");
        assertThatThrownBy(() -> Stores.postgres(missing))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no_such_database_here")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aUrlForAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> Stores.postgres("jdbc:mysql://localhost/faultline?password=secret"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("secret");
    }

    @Test
    void processesOpeningOneNewDatabaseAtOnceMigrateItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Store>> opening = new ArrayList<>();
            for (int i = 0; i < 4; i++) opening.add(pool.submit(() -> Stores.postgres(url)));
            for (Future<Store> f : opening) track(f.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("SELECT count(*) FROM schema_version")).isEqualTo(migrations().size());
    }

    @Test
    void textPostgresCannotHoldFailsCleanlyAndStoresNothing() {
        Store store = open();
        dev.faultline.domain.Article a = Fixtures.minimal("a NUL \u0000 from a broken file");
        assertThatThrownBy(() -> store.save(a, Fixtures.signature(1)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasCauseInstanceOf(SQLException.class);
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void anAnalysisWithTextPostgresCannotHoldFailsCleanlyAndKeepsThePreviousOne() {
        Store store = open();
        dev.faultline.domain.Article a = Fixtures.minimal("Iran, and a NUL in what was read of it");
        store.save(a, Fixtures.signature(1));
        List<dev.faultline.domain.actor.ActorMention> before = List.of(ActorFixtures.mention(0, "Iran", ActorFixtures.IRAN));
        store.saveAnalysis(a.id(), "v1", before);

        assertThatThrownBy(() -> store.saveAnalysis(a.id(), "v2",
                List.of(ActorFixtures.mention(0, "Ir\u0000an", ActorFixtures.IRAN))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(a.id().value())
                .hasCauseInstanceOf(SQLException.class);
        assertThat(store.actorMentions(a.id())).isEqualTo(before);
        assertThat(store.analysis(a.id())).contains("v1");
    }

    @Test
    void aDroppedConnectionIsReplacedOnTheNextCall() throws SQLException {
        // named for this test alone, so that only its connection is dropped on a shared server
        Store store = track(Stores.postgres(url + "&ApplicationName=" + schema));
        store.save(Fixtures.minimal("before the drop"), Fixtures.signature(1));
        try (Connection admin = connect(); java.sql.PreparedStatement p = admin.prepareStatement(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            p.setString(1, schema);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        try {
            store.articleCount();
        } catch (StoreException expected) {
            // the call that finds the connection dead fails; the next one reconnects
        }
        assertThat(store.articleCount()).isEqualTo(1);
    }
}
