/**
 * Faultline's own annotated document: the output of the language layer, and the only view of
 * language that later stages (actors, events, places, claims) read. Sentences, tokens, entity
 * mentions with normalized dates and quantities, and dependency parses for the sentences that were
 * parsed. Framework-free immutable records: no CoreNLP (or other NLP library) type appears here, so
 * the layer behind it can change without touching its readers.
 *
 * <p>Offsets are half-open character ranges {@code [begin, end)} into {@code Article.text()};
 * token indices are 0-based within their sentence.
 */
package dev.faultline.domain.text;
