/** {@code faultline bench}: throughput and heap of the pipeline on the shared corpora. */
package dev.faultline.cli.bench;
