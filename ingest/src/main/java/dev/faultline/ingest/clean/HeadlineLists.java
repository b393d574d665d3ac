package dev.faultline.ingest.clean;

import dev.faultline.ingest.draft.BodyLine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of other stories' headlines that pages put under or after an article ("More news",
 * "Related", "Most read", teasers with no header at all). Each headline is a short line shaped like
 * a title, about another story: left in, it gives events about other places and other wars.
 *
 * <p>Two rules, both on the shape of the lines, never on known strings:
 * <ul>
 * <li>under a list header (a line {@link DebrisCues} marks as a related-links header), the run of
 *     headline-shaped lines that follows it is the list, when it holds two headlines or more, or
 *     runs to the end of the body. A header followed by prose, or by one subheading and then prose,
 *     takes nothing with it;</li>
 * <li>without a header, a run of at least {@value #MIN_TEASERS} headline-shaped lines that ends the
 *     body, after the article's prose, is a teaser list when most of its headlines share less than
 *     half their content words with the article: a closing summary of the article's own points
 *     ("Key events") shares them, and stays.</li>
 * </ul>
 * Short labels between headlines (a section kicker, "2 hours ago", "Video") go with the list but do
 * not count as headlines.
 */
final class HeadlineLists {
    static final String REASON = "list of other stories' headlines";
    /** A headline is no longer than this. */
    static final int MAX_HEADLINE = 160;
    /** A headline has at least this many words under a list header... */
    static final int MIN_WORDS_UNDER_HEADER = 3;
    /** ...and at least this many without one, where its shape alone must tell it from a subheading. */
    static final int MIN_WORDS_ALONE = 5;
    static final int MAX_WORDS = 25;
    /** Up to this many words, an unpunctuated line between headlines is a label (kicker, time, "Video"). */
    static final int MAX_LABEL_WORDS = 3;
    /** A list without a header needs at least this many headlines. */
    static final int MIN_TEASERS = 3;
    /** A headline sharing less than this share of its content words with the article is about another story. */
    static final double RELATED_SHARE = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> COMMON = Set.of("that", "this", "with", "from", "have", "after", "over", "says", "said",
            "will", "what", "when", "where", "into", "amid", "about", "their", "they", "been", "more", "than", "could", "would",
            "there", "which", "while", "just", "also", "being", "were", "here", "year", "years", "news");

    private HeadlineLists() {
    }

    /** Marks, in {@code reasons}, the lines of headline lists; lines already marked keep their reason. */
    static void mark(List<BodyLine> lines, String[] reasons) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (reasons[i] == null || !DebrisCues.listHeader(reasons[i])) continue;
            int end = i + 1;
            int headlines = 0;
            while (end < n && (reasons[end] == null || reasons[end].equals(REASON)) && (headline(lines.get(end).text(), MIN_WORDS_UNDER_HEADER)
                    || label(lines.get(end).text()))) {
                if (headline(lines.get(end).text(), MIN_WORDS_UNDER_HEADER)) headlines++;
                end++;
            }
            boolean toTheEnd = end == n || allMarked(reasons, end, n);
            if (headlines >= 2 || headlines >= 1 && toTheEnd) {
                for (int j = i + 1; j < end; j++) if (reasons[j] == null) reasons[j] = REASON;
            }
        }
        teasersAtTheEnd(lines, reasons);
    }

    private static void teasersAtTheEnd(List<BodyLine> lines, String[] reasons) {
        int n = lines.size();
        int start = n;
        int headlines = 0;
        while (start > 0) {
            String text = lines.get(start - 1).text();
            if (reasons[start - 1] != null) {
                start--;
            } else if (headline(text, MIN_WORDS_ALONE)) {
                headlines++;
                start--;
            } else if (label(text)) {
                start--;
            } else {
                break;
            }
        }
        if (headlines < MIN_TEASERS || start == 0) return;
        Set<String> article = new HashSet<>();
        for (int i = 0; i < start; i++) if (reasons[i] == null) article.addAll(contentWords(lines.get(i).text()));
        int unrelated = 0;
        for (int i = start; i < n; i++) {
            String text = lines.get(i).text();
            if (reasons[i] != null || !headline(text, MIN_WORDS_ALONE)) continue;
            Set<String> words = contentWords(text);
            long shared = words.stream().filter(article::contains).count();
            if (words.isEmpty() || shared < RELATED_SHARE * words.size()) unrelated++;
        }
        if (2 * unrelated <= headlines) return;
        for (int i = start; i < n; i++) if (reasons[i] == null) reasons[i] = REASON;
    }

    private static boolean allMarked(String[] reasons, int from, int to) {
        for (int i = from; i < to; i++) if (reasons[i] == null) return false;
        return true;
    }

    /** A line shaped like a title: short, a few words, starting as a title does, not ending as a sentence or clause does. */
    static boolean headline(String text, int minWords) {
        if (text.length() > MAX_HEADLINE) return false;
        int words = words(text);
        if (words < minWords || words > MAX_WORDS) return false;
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘«".indexOf(first) >= 0)) return false;
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && ".,;:…".indexOf(text.charAt(i)) < 0;
    }

    /** A label between headlines: a few words, no sentence punctuation. */
    static boolean label(String text) {
        return words(text) <= MAX_LABEL_WORDS && text.length() <= 40 && !LineText.endsSentence(text);
    }

    private static int words(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) n++;
        return n;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && !COMMON.contains(w)) out.add(w.length() > 5 ? w.substring(0, 5) : w);   // a crude stem: "strikes" ~ "strike"
        }
        return out;
    }
}
