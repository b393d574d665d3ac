package dev.faultline.ingest.read;

/**
 * Takes the DOCTYPE declaration out of an XML document's prolog, internal subset and all. A feed
 * needs nothing from it: RSS 0.91's Netscape DTD only names HTML entities, which Rome's reader
 * already turns into characters; and its internal subset is where entities are declared, the
 * whole of XXE and "billion laughs". With the declaration gone, the XML parser never sees a DTD,
 * and an entity the feed still uses is an undeclared one: a broken feed, refused with a message.
 * The declaration's characters become spaces (its line breaks stay), so the parser's line and
 * column numbers still point into the file as the user has it.
 */
final class Doctypes {
    private static final String DOCTYPE = "<!DOCTYPE";

    private Doctypes() {
    }

    /** The text with its prolog's DOCTYPE blanked out; the same text when it has none; null when one is never closed. */
    static String blanked(String xml) {
        int at = prologDoctype(xml);
        if (at < 0) return xml;
        int end = declarationEnd(xml, at + DOCTYPE.length());
        if (end < 0) return null;
        StringBuilder out = new StringBuilder(xml.length()).append(xml, 0, at);
        for (int i = at; i < end; i++) {
            char c = xml.charAt(i);
            out.append(c == '\n' ? '\n' : ' ');
        }
        return out.append(xml, end, xml.length()).toString();
    }

    /** Where the prolog's DOCTYPE starts, past the XML declaration, processing instructions, comments and space; -1 if none. */
    private static int prologDoctype(String xml) {
        int i = 0;
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (xml.startsWith("<?", i)) {
                int e = xml.indexOf("?>", i + 2);
                if (e < 0) return -1;
                i = e + 2;
            } else if (xml.startsWith("<!--", i)) {
                int e = xml.indexOf("-->", i + 4);
                if (e < 0) return -1;
                i = e + 3;
            } else {
                return xml.startsWith(DOCTYPE, i) ? i : -1;
            }
        }
        return -1;
    }

    /** The index just past the declaration's closing {@code >}, skipping quoted strings, comments and the [internal subset]; -1 if unclosed. */
    private static int declarationEnd(String xml, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (xml.startsWith("<!--", i)) {
                int e = xml.indexOf("-->", i + 4);
                if (e < 0) return -1;
                i = e + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
