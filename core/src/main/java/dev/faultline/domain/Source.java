package dev.faultline.domain;

import java.util.Objects;

/**
 * Where a report came from: the input's path as the user gave it, its format, and for files that
 * hold many reports (JSON Lines, feeds) the report's 1-based position in the file (0 for a whole file).
 */
public record Source(String path, Format format, int item) {
    public enum Format { TEXT, HTML, JSONL, FEED }

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        if (item < 0) throw new IllegalArgumentException("item must be >= 0");
    }

    /** The path, with {@code #item} for reports inside a many-report file. */
    public String display() {
        return item == 0 ? path : path + "#" + item;
    }
}
