/**
 * Ingest: turning the files a user points at into {@link dev.faultline.domain.Article}s. The
 * {@link dev.faultline.ingest.Ingest} facade is what the CLI and server call; it walks inputs,
 * applies a manifest, reads each format, cleans page debris, dates, detects language and links
 * near-duplicates. Bad input never stops a batch: it becomes a {@link dev.faultline.domain.Problem}.
 */
package dev.faultline.ingest;
