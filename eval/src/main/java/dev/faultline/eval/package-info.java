/**
 * {@code faultline eval}: each suite reads a gold set in the format it has in {@code ../shared/eval}
 * (so the same command runs on a held-out half unchanged), asks the system under test for its output
 * through a small interface, and scores it into an {@link dev.faultline.eval.EvalReport}: metrics in
 * 0..1, {@code n}, and a per-case list of what was expected and produced, so a person can read the misses.
 */
package dev.faultline.eval;
