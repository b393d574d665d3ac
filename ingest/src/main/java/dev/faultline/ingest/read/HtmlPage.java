package dev.faultline.ingest.read;

/** What a web page holds for Faultline; any field but {@code body} may be null. */
public record HtmlPage(String title, String body, String url, String outlet, String published) {
}
