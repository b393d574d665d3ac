/**
 * The application's jobs, the same for the command line, a server and Spark's driver: {@link
 * dev.faultline.app.job.IngestJob} (read, learn the corpus-level state, clean, link, store) and {@link
 * dev.faultline.app.job.AnalysisJob} (analyse what needs it and store each result as it is done). Progress goes to
 * a {@link dev.faultline.ingest.ProgressListener}.
 */
package dev.faultline.app.job;
