package dev.faultline.ingest.clean;

import dev.faultline.ingest.draft.BodyLine;

import java.util.List;
import java.util.Optional;

/**
 * Decides which lines of a body are page debris, returning for each line the reason it is debris or
 * null to keep it. The rules, in order:
 * <ol>
 * <li>a short line with a strong cue phrase (print/share, comment forms, post footers, prompts,
 *     related links, copyright) is debris wherever it stands;</li>
 * <li>a short line that recurs in several reports of the batch is boilerplate, unless so much of the
 *     report recurs that the report is itself a copy of another. In the body a recurring line must
 *     also not read as a sentence: stories on one event share quotes, which are not boilerplate,
 *     while an editor's note ("This story has been updated.") sits at the head or tail;</li>
 * <li>near the start, a photo credit on a line of its own ("AFP", "Photo: Reuters") is debris, and so is
 *     the caption line just above it when that line is short and lacks sentence punctuation (never the
 *     title, nor a first line that will become the title of an untitled report);</li>
 * <li>near the end, an "About Name" line is an author-box header;</li>
 * <li>once debris is found in the tail, the trailing block around it goes too: lines after it that
 *     read like a biography or are short and lack sentence punctuation, and, walking back from it,
 *     such lines immediately before it. A long line that ends as a sentence stops the walk, so the
 *     article's own last paragraph is never taken;</li>
 * <li>lists of other stories' headlines ({@link HeadlineLists}): the headline-shaped lines under a
 *     list header ("More news", "Related", "Most read", "Trending"), wherever it stands, and a run of
 *     three or more headline-shaped lines that ends the body when most of them share little with the
 *     article's words.</li>
 * </ol>
 */
final class LineClassifier {
    /** Longer than this, a line is prose that merely mentions a cue phrase. */
    static final int MAX_CUE_LINE = 250;
    /** Up to this, an unpunctuated line in a debris block is a label or name, not prose. */
    static final int MAX_LABEL_LINE = 200;
    /** Up to this, a biography line in a debris block is an author's blurb. */
    static final int MAX_BIO_LINE = 400;
    /** Beyond this share of recurring lines, a report is a copy and recurrence says nothing. */
    static final double MAX_RECURRING_SHARE = 0.5;

    /** Photo captions and credits sit within this many lines of the start. */
    static final int HEAD_LINES = 6;
    /** Up to this, an unpunctuated line above a credit is a caption. */
    static final int MAX_CAPTION_LINE = 160;

    /** Lines this near either end of a body are where notes and sign-offs sit. */
    static final int EDGE_LINES = 2;

    private final BoilerplateIndex boilerplate;

    LineClassifier(BoilerplateIndex boilerplate) {
        this.boilerplate = boilerplate;
    }

    String[] classify(List<BodyLine> lines, String title) {
        int n = lines.size();
        String[] reasons = new String[n];
        int recurring = 0;
        for (BodyLine line : lines) {
            if (boilerplate.reportsWith(line.text()) > 0) recurring++;
        }
        boolean useRecurrence = n > 0 && recurring <= MAX_RECURRING_SHARE * n;
        for (int i = 0; i < n; i++) {
            String text = lines.get(i).text();
            if (text.length() > MAX_CUE_LINE) continue;
            Optional<String> cue = DebrisCues.strong(text);
            if (cue.isPresent()) {
                reasons[i] = cue.get();
                continue;
            }
            boolean edge = i < EDGE_LINES || i >= n - EDGE_LINES;
            int reports = useRecurrence && (edge || !LineText.endsSentence(text)) ? boilerplate.reportsWith(text) : 0;
            if (reports > 0) reasons[i] = "recurs in " + reports + " reports of the batch";
        }
        for (int i = 1; i < Math.min(n, HEAD_LINES); i++) {  // a credit follows its caption, so never line 0
            if (reasons[i] != null || !DebrisCues.credit(lines.get(i).text())) continue;
            reasons[i] = "photo credit";
            String above = lines.get(i - 1).text();
            boolean titleLine = title == null || title.isBlank() ? i - 1 == 0 : LineText.key(above).equals(LineText.key(title));
            if (!titleLine && reasons[i - 1] == null && above.length() <= MAX_CAPTION_LINE && !LineText.endsSentence(above)) {
                reasons[i - 1] = "photo caption";
            }
        }
        int tailStart = Math.max(1, n - Math.max(6, (int) Math.ceil(n * 0.3)));
        for (int i = tailStart; i < n; i++) {
            if (reasons[i] == null) reasons[i] = DebrisCues.tailOnly(lines.get(i).text()).orElse(null);
        }
        HeadlineLists.mark(lines, reasons);
        int first = -1;
        for (int i = tailStart; i < n && first < 0; i++) {
            if (reasons[i] != null) first = i;
        }
        if (first < 0) return reasons;
        for (int i = first + 1; i < n; i++) {
            if (reasons[i] == null && trailing(lines.get(i).text())) reasons[i] = "author box or page footer";
        }
        for (int i = first - 1; i >= tailStart - 1 && i >= 1; i--) {
            if (reasons[i] != null) continue;
            if (!trailing(lines.get(i).text())) break;
            reasons[i] = "author box or page footer";
        }
        return reasons;
    }

    private static boolean trailing(String text) {
        return (DebrisCues.bio(text) && text.length() <= MAX_BIO_LINE)
                || (text.length() <= MAX_LABEL_LINE && !LineText.endsSentence(text));
    }
}
