/**
 * The analysis as a Spark job: the reports read where their files are, the corpus-level learners learnt per partition
 * and merged by tree aggregates on the driver, their states broadcast, and each partition then stored and analysed in a
 * store of its own whose tables become the run's Parquet datasets. Nothing here is Faultline's analysis itself: that is
 * {@code app}'s, run unchanged.
 */
package dev.faultline.spark.job;
