/**
 * The {@code scenario} suite: a folder of one conflict's reports with a {@code facts.json} of what a
 * careful reader lists from them (events, relations, ruptures, blocs), scored against what Faultline
 * produced from those reports in its contract's JSON shapes ({@code events}, {@code relations},
 * {@code ruptures}, {@code blocs} and {@code actors --format jsonl}). Framework-free apart from
 * Jackson and Commons CSV, so the scorer runs on any producer of those shapes.
 */
package dev.faultline.eval.scenario;
