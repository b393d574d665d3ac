/**
 * The language layer's benchmark: reads the CNN JSON Lines corpus and Reuters-21578 SGML files,
 * and measures the layer against the naive full CoreNLP stack on the same articles in the same
 * run (warm-up, several runs, medians, sampled peak heap). {@link dev.faultline.nlp.bench.LayerBench}
 * has a {@code main} and a {@code run(BenchOptions)} for the CLI's {@code faultline bench}.
 */
package dev.faultline.nlp.bench;
