/**
 * Removing page debris from report bodies, by general rules rather than a list of known strings:
 * cue phrases of page furniture (print/share widgets, comment forms, blog post footers, subscribe
 * prompts, author boxes), a line's position, length and punctuation, and repetition across the
 * batch. Every removal is kept as a {@link dev.faultline.domain.Span} of the raw body, with a reason,
 * so a person can see and question what was dropped. Also the title stage, which shares the
 * line-level view of a body.
 */
package dev.faultline.ingest.clean;
