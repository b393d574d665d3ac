/**
 * The PLOVER suite: the Open Event Data Alliance's PLOVER gold-standard records (one event a short
 * news text, with its type and its source and target actors' country codes and sectors). The reader
 * takes the JSON array as published (a header record first, retired labels mapped to the current
 * ontology); the suite scores the system's events on type, source and target as
 * {@code ../shared/eval/README.md} specifies.
 */
package dev.faultline.eval.plover;
