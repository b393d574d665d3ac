package dev.faultline.ingest.read;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which reader a file gets. Known extensions decide; {@code .xml} and unknown extensions are decided
 * by the content's first few kilobytes. {@link #XML_NOT_FEED} is XML that is no feed, which no reader
 * takes; {@link #UNKNOWN} waits for the content.
 */
public enum InputFormat {
    TEXT, HTML, JSONL, FEED, XML_NOT_FEED, UNKNOWN;

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern HTML_START = Pattern.compile("(?is)^(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>]");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(p|div|article|h1|br)[\\s/>]");

    /** Decides by extension alone; {@link #UNKNOWN} when the content must decide. */
    public static InputFormat byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "rss", "atom" -> FEED;
            default -> UNKNOWN;
        };
    }

    /** Decides by the start of a file's text. */
    public static InputFormat sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:RDF")) {
            return FEED_ROOT.matcher(head).find() ? FEED : HTML_START.matcher(head.replaceFirst("^<\\?xml[^>]*>\\s*", "")).find()
                    ? HTML : XML_NOT_FEED;
        }
        if (HTML_START.matcher(head).find()) return HTML;
        int eol = head.indexOf('\n');
        String firstLine = (eol < 0 ? head : head.substring(0, eol)).strip();
        if (firstLine.startsWith("{") && firstLine.endsWith("}")) return JSONL;
        if (HTML_TAGS.matcher(head).find() && head.startsWith("<")) return HTML;
        return TEXT;
    }
}
