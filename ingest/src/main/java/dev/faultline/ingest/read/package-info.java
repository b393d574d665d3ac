/**
 * Readers, one per input format (plain text, HTML, JSON Lines, RSS/Atom), each turning a decoded
 * file into {@link dev.faultline.domain.RawReport}s with whatever metadata the file itself carries.
 * {@link dev.faultline.ingest.read.Readers} picks the reader by extension, or by content when the
 * extension says nothing, and enforces the size limits.
 */
package dev.faultline.ingest.read;
