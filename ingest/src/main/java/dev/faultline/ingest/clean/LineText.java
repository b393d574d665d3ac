package dev.faultline.ingest.clean;

import dev.faultline.ingest.draft.BodyLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Line-level helpers shared by the cleaning stages and the boilerplate index. */
final class LineText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private LineText() {
    }

    /** The non-blank lines of a body with their offsets; a line's text has its spaces collapsed. */
    static List<BodyLine> split(String body) {
        List<BodyLine> lines = new ArrayList<>();
        int from = 0;
        while (from <= body.length()) {
            int nl = body.indexOf('\n', from);
            int end = nl < 0 ? body.length() : nl;
            int s = from;
            int e = end;
            while (s < e && isSpace(body.charAt(s))) s++;
            while (e > s && isSpace(body.charAt(e - 1))) e--;
            if (e > s) lines.add(new BodyLine(s, e, SPACES.matcher(body.substring(s, e)).replaceAll(" ")));
            if (nl < 0) break;
            from = nl + 1;
        }
        return lines;
    }

    /** The form in which lines are compared across reports: lower case, letters and digits only. */
    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether a line ends as a sentence does (closing quotes and brackets aside). */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’»)]*".indexOf(line.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?…:;".indexOf(line.charAt(i)) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
