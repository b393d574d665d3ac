/**
 * The language layer: Stanford CoreNLP behind Faultline's own
 * {@link dev.faultline.domain.text.AnnotatedDocument}. Cheap annotators (tokens, sentences, POS,
 * lemmas, the 3-class CRF) run on every sentence; dates and numbers are normalized by Faultline's
 * rules and fine types come from a gazetteer trie instead of SUTime and CoreNLP's fine-grained NER;
 * dependency parses are made on demand, for the sentences a later stage asks for. No CoreNLP type
 * leaves this package tree (an ArchUnit test in cli enforces it).
 */
package dev.faultline.nlp;
