/**
 * Pipeline assembly, after Lucene's analysis chain: a pipeline is built once from named stages,
 * each a small function over immutable values. The stage types carry what a stage needs, so a
 * misordered pipeline does not compile. The same definition serves the CLI, the server and Spark.
 */
package dev.faultline.pipeline;
