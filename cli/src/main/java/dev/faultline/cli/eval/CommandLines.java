package dev.faultline.cli.eval;

import java.io.PrintWriter;

/**
 * This command line, run in-process: the scenario suite scores what the listing commands print, as a user sees it.
 * The root command implements it, so that the runners, which it lists as subcommands, never import it.
 */
public interface CommandLines {
    /** Runs one command line with these streams; returns its exit code. */
    int execute(PrintWriter out, PrintWriter err, String... args);
}
