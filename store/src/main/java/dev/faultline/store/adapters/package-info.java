/**
 * Where a front opens a {@link dev.faultline.store.Store}: {@link dev.faultline.store.adapters.Stores} picks the
 * adapter (DuckDB, PostgreSQL) a {@link dev.faultline.store.adapters.StoreLocation} names. The port itself lives in
 * core's {@code dev.faultline.store}, which this module no longer shares a package with.
 */
package dev.faultline.store.adapters;
