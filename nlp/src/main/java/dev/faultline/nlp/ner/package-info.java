/**
 * Fine entity types without CoreNLP's slow fine-grained annotator: a word trie over the plain names
 * of CoreNLP's KBP gazetteer (cities, countries, states, nationalities, religions, titles; none of
 * its 500,000 derived forms such as "-born") plus a small supplement of our own, applied by
 * {@link dev.faultline.nlp.ner.FineTyper} in one pass over a sentence. Faultline's own dictionaries
 * (next issue) replace the gazetteer behind the same interface.
 */
package dev.faultline.nlp.ner;
