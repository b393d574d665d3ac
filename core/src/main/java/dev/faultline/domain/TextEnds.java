package dev.faultline.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ends of an article's text: its first two lines and its last three, each cut short, in order, one a line. This is
 * where a report credits a wire service for its whole story (a dateline "BEIRUT (AFP) —", a byline "By Reuters staff",
 * a closing "— AFP"), so a store can keep it with the article's description and credibility can read the credit
 * without reading whole texts. A text of five lines or fewer keeps them all, so the last three lines are always the
 * text's own last three, and the first line is always the text's first.
 */
public final class TextEnds {
    /** Lines kept from the start and the end. */
    static final int HEAD_LINES = 2;
    static final int TAIL_LINES = 3;
    /** A head line is cut to this many characters (a dateline is far shorter), a tail line to one past a credit line's longest. */
    static final int HEAD_CHARS = 300;
    static final int TAIL_CHARS = 61;

    private TextEnds() {
    }

    /** The ends of {@code text} (lines split as {@code \R+} after stripping); empty for a blank text. */
    public static String of(String text) {
        if (text == null || text.isBlank()) return "";
        String[] lines = text.strip().split("\\R+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean head = i < HEAD_LINES;
            boolean tail = i >= lines.length - TAIL_LINES;
            if (!head && !tail) continue;
            String line = lines[i];
            int max = head ? HEAD_CHARS : TAIL_CHARS;
            out.add(line.length() > max ? line.substring(0, max) : line);
        }
        return String.join("\n", out);
    }
}
