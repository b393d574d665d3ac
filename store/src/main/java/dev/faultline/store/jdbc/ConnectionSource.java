package dev.faultline.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a connection to one database. An adapter's source turns the driver's failures into a
 * {@link dev.faultline.store.StoreException} with a message a person can act on ("in use by another
 * process", "does not exist"); a plain {@link SQLException} is reported generically.
 */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;
}
