package dev.faultline.store.postgres;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a PostgreSQL server, shared by the whole run and stopped at its end. Without one
 * each test is skipped with the reason (class-level skips go unreported by surefire), except where
 * the environment sets {@code CI}: there a missing server fails the class, so CI cannot pass without
 * running these tests.
 */
final class PostgresServerExtension implements BeforeAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServerExtension.class);

    private TestPostgres.Availability found;

    @Override
    public void beforeAll(ExtensionContext context) {
        found = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", k -> TestPostgres.find(), TestPostgres.Availability.class);
        if (found.server() != null) return;
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI is set, so the PostgreSQL store tests must run, but " + found.reason());
        }
        System.err.println("PostgreSQL store tests skipped: " + found.reason());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(found.server() != null, () -> "PostgreSQL store tests skipped: " + found.reason());
    }

    TestPostgres server() {
        return found.server();
    }
}
