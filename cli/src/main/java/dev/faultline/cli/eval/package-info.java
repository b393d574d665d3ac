/** {@code faultline eval}: runs the pipeline over the gold sets of ../shared/eval and scores it. */
package dev.faultline.cli.eval;
