/**
 * Rule-based normalization of news date, time and duration expressions against the article's
 * publication date, in place of SUTime (which costs about three times the rest of NER here; see
 * BENCHMARKS.md). Works on a sentence's words alone, so it is tested without CoreNLP; the layer
 * calls it only for sentences holding a date-like word ({@link dev.faultline.nlp.time.DateNormalizer#mayHoldDate}).
 */
package dev.faultline.nlp.time;
