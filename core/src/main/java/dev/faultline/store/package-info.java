/**
 * The storage port: what Faultline keeps and asks of a database, free of JDBC. Adapters (DuckDB by
 * default, PostgreSQL for teams) live in the store module and pass one contract test suite.
 */
package dev.faultline.store;
