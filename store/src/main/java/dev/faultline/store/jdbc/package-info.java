/**
 * The JDBC code both adapters share: {@link dev.faultline.store.jdbc.JdbcStore} (the {@code Store}
 * over one guarded connection, every save one transaction), the row mappings for articles,
 * signatures, analyses, actor references and actor mentions, and the versioned migrations applied at
 * open. What differs between databases is a {@link dev.faultline.store.jdbc.Dialect} plus a folder
 * of SQL scripts ({@code db/<dialect>/}). Every value reaches SQL through a prepared statement's
 * parameters, never through the SQL text.
 */
package dev.faultline.store.jdbc;
