package dev.faultline.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a connection, run by {@link JdbcStore} under its lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
