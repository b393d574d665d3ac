package dev.faultline.domain;

import java.util.Objects;

/**
 * When an article was published, and whether that was read from its metadata (manifest, feed, file)
 * or estimated from its text.
 */
public record PublishedDate(PartialDate date, boolean estimated) {
    public PublishedDate {
        Objects.requireNonNull(date, "date");
    }

    public static PublishedDate known(PartialDate date) {
        return new PublishedDate(date, false);
    }

    public static PublishedDate estimated(PartialDate date) {
        return new PublishedDate(date, true);
    }
}
