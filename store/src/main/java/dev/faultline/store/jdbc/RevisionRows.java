package dev.faultline.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The store's revision, one row of {@code store_revision}: raised once by each transaction that changes what readers see. */
final class RevisionRows {
    private RevisionRows() {
    }

    static void raise(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE store_revision SET revision = revision + 1")) {
            p.executeUpdate();
        }
    }

    static long read(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT revision FROM store_revision"); ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
