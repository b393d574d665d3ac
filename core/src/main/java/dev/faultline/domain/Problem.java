package dev.faultline.domain;

import java.util.Objects;

/**
 * Something found wrong with an input, kept rather than thrown (in the manner of jsoup's parse
 * errors). {@code where} names the file (and row or item) so a person can find it.
 */
public record Problem(Severity severity, String where, String message) {
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

    public static Problem warning(String where, String message) {
        return new Problem(Severity.WARNING, where, message);
    }

    public static Problem skipped(String where, String message) {
        return new Problem(Severity.SKIPPED, where, message);
    }

    /** One line for a person: {@code path: message}. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
