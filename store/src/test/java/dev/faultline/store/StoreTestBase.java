package dev.faultline.store;

import dev.faultline.store.jdbc.Migration;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an adapter's test supplies to the store contracts (a store on a fresh database, a failing one,
 * a plain connection) and the helpers they share. The contracts are split by subject into {@link
 * ForceClaimStoreContract}, {@link RelationClaimStoreContract} (which extends it), {@link EventStoreContract} (which
 * extends that) and {@link StoreContract} (which extends that), so an adapter's test runs them all by extending
 * {@link StoreContract}.
 */
public abstract class StoreTestBase {
    private final List<AutoCloseable> opened = new ArrayList<>();

    /** A store on this test's database (created empty for the test; each call opens another store on it). */
    protected abstract Store openStore();

    /** A store on this test's database whose statements starting with any of {@code sqlPrefixes} fail. */
    protected abstract Store openStoreFailingOn(String... sqlPrefixes);

    /** A store on this test's database that knows exactly {@code migrations}. */
    protected abstract Store openStoreWith(List<Migration> migrations);

    /** The dialect's own migrations. */
    protected abstract List<Migration> migrations();

    /** A plain JDBC connection to this test's database, beside any store. */
    protected abstract Connection connect() throws SQLException;

    /** What {@link Store#describe()} should contain. */
    protected abstract String expectedDescription();

    protected final Store open() {
        return track(openStore());
    }

    protected final <T extends AutoCloseable> T track(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened) c.close();
    }

    /** A one-value text query's result, on a plain connection. */
    protected final String text(String query) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A count query's result, on a plain connection. */
    protected final long rows(String countQuery) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(countQuery)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
