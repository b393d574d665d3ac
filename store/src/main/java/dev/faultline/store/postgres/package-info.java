/**
 * PostgreSQL, for teams sharing one model: a store at a JDBC URL. Messages name the URL with any
 * password masked; migrations take an advisory lock so processes opening one database at once
 * migrate it in turn. The schema is in {@code db/postgres/} on the class path.
 */
package dev.faultline.store.postgres;
