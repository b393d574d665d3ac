package dev.faultline.ingest.draft;

import java.util.Objects;

/** A kept line of a report's raw body: its text (stripped) and where it lies in the raw body, {@code [start, end)}. */
public record BodyLine(int start, int end, String text) {
    public BodyLine {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad line range [" + start + ", " + end + ")");
    }
}
