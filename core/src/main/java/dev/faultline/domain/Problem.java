package dev.faultline.domain;

import java.util.Objects;

/**
 * Something found wrong with an input, kept rather than thrown (in the manner of jsoup's parse
 * errors). {@code where} names the file (and row or item) so a person can find it; {@code message}
 * says in one line, in a reader's words, what is wrong.
 *
 * <p>{@code detail} keeps the cause in the words of the library or system that found it (an
 * exception's class and message, with its causes), for a {@code --verbose} mode and bug reports; it
 * is null when there is none. It is a diagnosis, not part of what the problem is: two problems that
 * differ only in detail are equal, so a re-read of the same input finds the same problems whatever
 * a library's wording, and a problem read back from a store (which keeps no detail) equals the one
 * stored.
 */
public record Problem(Severity severity, String where, String message, String detail) {
    public enum Severity {
        /** The input was read; something in it was repaired or dropped. */
        WARNING,
        /** The input, or one report in it, was skipped. */
        SKIPPED
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** A problem without a recorded cause. */
    public Problem(Severity severity, String where, String message) {
        this(severity, where, message, null);
    }

    public static Problem warning(String where, String message) {
        return new Problem(Severity.WARNING, where, message);
    }

    public static Problem skipped(String where, String message) {
        return new Problem(Severity.SKIPPED, where, message);
    }

    /** A skipped input whose cause (an exception a library threw) is kept as the detail. */
    public static Problem skipped(String where, String message, Throwable cause) {
        return new Problem(Severity.SKIPPED, where, message, describe(cause));
    }

    /** A warning whose cause is kept as the detail. */
    public static Problem warning(String where, String message, Throwable cause) {
        return new Problem(Severity.WARNING, where, message, describe(cause));
    }

    /**
     * A throwable and its causes in one line, as a developer wants them: {@code Class: message; caused
     * by Class: message}. Null for null.
     */
    public static String describe(Throwable cause) {
        if (cause == null) return null;
        StringBuilder sb = new StringBuilder();
        Throwable t = cause;
        for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (depth > 0) sb.append("; caused by ");
            sb.append(t.getClass().getName());
            if (t.getMessage() != null) sb.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
        }
        return sb.toString();
    }

    /** The line with its cause, for a verbose mode: {@code path: message (cause: detail)}. */
    public String verbose() {
        return detail == null ? toString() : toString() + " (cause: " + detail + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && severity == p.severity && where.equals(p.where) && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, where, message);
    }

    /** One line for a person: {@code path: message}. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
