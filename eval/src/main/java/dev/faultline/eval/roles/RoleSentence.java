package dev.faultline.eval.roles;

import java.util.List;
import java.util.Objects;

/**
 * One gold sentence: its position in the file (0-based), its tokens, and its gold source and target
 * spans. A span tagged R (both roles) is in both lists.
 */
public record RoleSentence(int index, List<String> tokens, List<TokenSpan> sources, List<TokenSpan> targets) {
    public RoleSentence {
        tokens = List.copyOf(tokens);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (tokens.isEmpty()) throw new IllegalArgumentException("sentence " + index + " has no tokens");
        for (TokenSpan s : sources) inside(s, tokens.size(), index);
        for (TokenSpan s : targets) inside(s, tokens.size(), index);
    }

    private static void inside(TokenSpan s, int n, int index) {
        if (s.end() > n) throw new IllegalArgumentException("span " + s + " runs past sentence " + index + " (" + n + " tokens)");
    }

    /** The tokens joined by single spaces: the text given to a system that reads plain text. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** The character offset in {@link #text()} where token {@code i} begins. */
    public int charStart(int i) {
        Objects.checkIndex(i, tokens.size());
        int c = 0;
        for (int k = 0; k < i; k++) c += tokens.get(k).length() + 1;
        return c;
    }

    /**
     * The tokens that characters {@code [begin, end)} of {@link #text()} touch, so a system that found a
     * mention in the text can name it in gold tokens; null when the range touches no token.
     */
    public TokenSpan covering(int begin, int end) {
        int first = -1, last = -1, c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int tEnd = c + tokens.get(i).length();
            if (c < end && begin < tEnd) {
                if (first < 0) first = i;
                last = i;
            }
            c = tEnd + 1;
        }
        return first < 0 ? null : new TokenSpan(first, last + 1);
    }

    /** The tokens of a span joined by spaces, for reading a report. */
    public String words(TokenSpan s) {
        return String.join(" ", tokens.subList(s.start(), s.end()));
    }
}
