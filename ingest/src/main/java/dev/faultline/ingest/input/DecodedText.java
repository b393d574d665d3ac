package dev.faultline.ingest.input;

import java.util.Objects;

/**
 * A file's text, and a note when it had to be repaired to be read (null when it decoded cleanly).
 */
public record DecodedText(String text, String repairNote) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
    }
}
