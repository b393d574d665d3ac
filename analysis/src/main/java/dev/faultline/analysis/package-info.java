/**
 * The analysis pipeline, defined once: an article goes through the language layer, then actor
 * resolution (and, as they are built, events, places and claims). The CLI, the server and Spark all
 * take their pipeline from {@link dev.faultline.analysis.Analyzer}, so an article is analysed the same
 * way wherever it runs. Heavy models are loaded once per {@code Analyzer} and shared by its threads.
 */
package dev.faultline.analysis;
