package dev.faultline.app.view.report;

import java.util.regex.Pattern;

/**
 * Makes untrusted text safe to put in Markdown (CommonMark and GitHub's tables): line breaks become
 * spaces, and the characters that Markdown reads as syntax ({@code \ ` * _ [ ] < > | # ~ & !} anywhere,
 * and a leading {@code - + =} or "1." that would start a list or heading) are backslash-escaped,
 * which CommonMark allows for any ASCII punctuation. A {@code |} inside a table cell then stays in its cell.
 */
final class Markdown {
    private static final String SYNTAX = "\\`*_[]<>|#~&!";
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    private Markdown() {
    }

    /** The text escaped for a paragraph, list item or table cell; "" for null. */
    static String escape(String untrusted) {
        if (untrusted == null) return "";
        String s = untrusted.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SYNTAX.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '='))) out.append('\\');
            out.append(c);
        }
        return ORDERED.matcher(out).replaceFirst("$1\\\\$2");
    }
}
