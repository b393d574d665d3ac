package dev.faultline.cli;

import picocli.CommandLine;

/**
 * Turns a failure into the contract's one clear line on stderr: the message and the chain of causes
 * that carry one. {@code --verbose} (or {@code FAULTLINE_DEBUG=1}) prints the whole stack trace as well.
 */
final class ErrorLine implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("faultline " + cl.getCommandName() + ": " + describe(ex));
        if ("1".equals(System.getenv("FAULTLINE_DEBUG")) || verbose(parsed)) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return Faultline.FAILURE;
    }

    /** Whether the command line asked for {@code --verbose}, on any of its commands. */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m == null || m.isBlank() || (last != null && last.contains(m))) continue;
            if (sb.length() > 0) sb.append(": ");
            sb.append(m.strip());
            last = m;
        }
        return sb.length() == 0 ? t.getClass().getSimpleName() : sb.toString();
    }
}
