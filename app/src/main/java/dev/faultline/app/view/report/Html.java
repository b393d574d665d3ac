package dev.faultline.app.view.report;

import org.jsoup.nodes.Entities;

import java.util.Locale;

/**
 * Writes HTML (and inline SVG) where text can only go in escaped: tag and attribute names are the
 * caller's constants, while every attribute value and every piece of text passes through jsoup's
 * {@link Entities#escape(String)} (which escapes {@code & < > " '}). {@link #markup} takes only what
 * another writer of this package has built the same way.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    /** Text and attribute values made safe to put in HTML or SVG; null as the empty string. */
    static String escape(String untrusted) {
        return untrusted == null ? "" : Entities.escape(untrusted);
    }

    /** {@code <tag a="v" ...>}, the values escaped; {@code attributes} alternate names (constants) and values. */
    Html open(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append('>');
        return this;
    }

    /** {@code <tag a="v" .../>}: HTML's void elements ({@code meta}) and SVG's empty ones; never another HTML element. */
    Html empty(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append("/>");
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag>text</tag>} with the text escaped. */
    Html element(String tag, String untrusted, String... attributes) {
        return open(tag, attributes).text(untrusted).close(tag);
    }

    Html text(String untrusted) {
        sb.append(escape(untrusted));
        return this;
    }

    /** A number as text, with at most {@code decimals} places. */
    Html number(double n, int decimals) {
        sb.append(format(n, decimals));
        return this;
    }

    /** Markup this package built with an {@code Html}; never text from the reports. */
    Html markup(Html other) {
        sb.append(other.sb);
        return this;
    }

    /** Markup shipped with Faultline (the doctype, the style sheet); never text from the reports. */
    Html trusted(String constant) {
        sb.append(constant);
        return this;
    }

    /** A line break in the source, for people who read it. */
    Html newline() {
        sb.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attribute names and values come in pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    static String format(double n, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", n);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
