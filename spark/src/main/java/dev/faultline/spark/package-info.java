/**
 * The Spark front: {@code faultline spark analyze INPUT... --out DIR} runs the application's one analysis definition as
 * an Apache Spark job ({@link dev.faultline.spark.job.SparkAnalysis}) and writes Parquet datasets that mirror the
 * store's tables, which every other front opens read-only. The only package tree that uses Spark.
 */
package dev.faultline.spark;
