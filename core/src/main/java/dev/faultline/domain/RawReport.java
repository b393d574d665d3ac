package dev.faultline.domain;

import java.util.List;
import java.util.Objects;

/**
 * A report as a reader found it, before cleaning. {@code body} is the text a reader extracted
 * (for HTML the article body's text, paragraphs separated by blank lines). Metadata fields are
 * null when the input did not give them; {@code published} is the input's own string.
 */
public record RawReport(Source source, String title, String body, String url, String outlet,
                        String published, List<Problem> problems) {
    public RawReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        problems = List.copyOf(problems);
    }

    public RawReport withMetadata(String title, String url, String outlet, String published) {
        return new RawReport(source, title, body, url, outlet, published, problems);
    }
}
