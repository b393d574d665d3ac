package dev.faultline.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose story an article runs, when it credits another outlet for the whole text: a wire dateline
 * ("BEIRUT, July 20 (AFP) —", "(Reuters) -"), a byline ("By AFP", "Reuters staff"), or a credit line
 * of its own at the end ("— AFP", "(Reuters)", "AFP/Reuters"). Only an outlet the grades list counts,
 * so an acronym in brackets at a sentence's start is never taken for an agency. A credit for part of
 * the text ("AFP contributed to this report") is not a credit for the whole, and is not read.
 */
final class WireCredit {
    /** A dateline opens the text: an optional place and date in capitals, then the outlet in brackets and a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}.]+(?:\\s+\\d{1,2})?(?:,\\s*\\d{4})?)?\\s*)?\\(([^()\\n]{2,40})\\)\\s*[-—–:]");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By\\s+)?([\\p{L}][\\p{L} .'’-]{1,40}?)(?:\\s+(?:staff|reporters|correspondents?))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile("^\\s*[-—–]*\\s*\\(?([\\p{L}][\\p{L} .'’-]{1,40}?)\\)?(?:\\s*/\\s*[\\p{L} .'’-]{1,40})?\\s*$");
    /** Credit lines sit among a text's last few lines. */
    private static final int TAIL_LINES = 3;

    private WireCredit() {
    }

    /** The graded outlet the text credits for the whole story, if any. */
    static Optional<OutletGrades.Outlet> of(String text, OutletGrades grades) {
        if (text == null || text.isBlank()) return Optional.empty();
        Matcher d = DATELINE.matcher(text);
        if (d.find()) {
            Optional<OutletGrades.Outlet> o = grades.find(d.group(1));
            if (o.isPresent()) return o;
        }
        String[] lines = text.strip().split("\\R+");
        Matcher b = BYLINE.matcher(lines[0]);
        if (lines[0].length() <= 60 && b.matches() && lines[0].strip().toLowerCase(java.util.Locale.ROOT).startsWith("by ")) {
            Optional<OutletGrades.Outlet> o = grades.find(b.group(1));
            if (o.isPresent()) return o;
        }
        for (int i = lines.length - 1; i >= Math.max(1, lines.length - TAIL_LINES); i--) {
            Matcher c = CREDIT_LINE.matcher(lines[i]);
            if (lines[i].length() <= 60 && c.matches()) {
                Optional<OutletGrades.Outlet> o = grades.find(c.group(1));
                if (o.isPresent()) return o;
            }
        }
        return Optional.empty();
    }
}
