package dev.faultline.domain;

/** A half-open character range {@code [start, end)} into a text, with why it is marked. */
public record Span(int start, int end, String reason) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        reason = reason == null ? "" : reason;
    }

    public int length() {
        return end - start;
    }
}
