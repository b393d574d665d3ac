package dev.faultline.domain.event;

import java.util.Objects;

/**
 * The forces or casualties an event reports, with the words they came from ("roughly 5,000"). Each
 * count is null when the report gives none; a count is never negative.
 */
public record ForceSize(Long personnel, Long killed, Long injured, String text) {
    public ForceSize {
        Objects.requireNonNull(text, "text");
        for (Long n : new Long[] {personnel, killed, injured}) {
            if (n != null && n < 0) throw new IllegalArgumentException("a negative count in '" + text + "'");
        }
        if (personnel == null && killed == null && injured == null) {
            throw new IllegalArgumentException("a force size needs at least one count: '" + text + "'");
        }
    }
}
