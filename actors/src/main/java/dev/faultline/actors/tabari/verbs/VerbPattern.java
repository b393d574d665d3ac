package dev.faultline.actors.tabari.verbs;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pattern of a verb block: the elements before the verb slot ({@code *}) and after it, each in
 * reading order, and the code it gives (its own, or {@code ---} for "no event"). {@code comment} is the
 * dictionary's note after {@code #} (often the verb it came from and the coder), or empty.
 */
public record VerbPattern(List<PatternToken> before, List<PatternToken> after, VerbCode code,
                          String comment, String file, int line) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(code, "code");
        comment = comment == null ? "" : comment.strip();
        Objects.requireNonNull(file, "file");
        if (line < 1) throw new IllegalArgumentException("line numbers start at 1: " + line);
    }

    /** The synsets this pattern refers to, e.g. {@code &CEASEFIRE}. */
    public Set<String> synsets() {
        Set<String> out = new TreeSet<>();
        for (PatternToken t : before) if (t.kind() == PatternToken.Kind.SYNSET) out.add(t.text());
        for (PatternToken t : after) if (t.kind() == PatternToken.Kind.SYNSET) out.add(t.text());
        return out;
    }

    /** The pattern as a dictionary line writes it (without the leading dash), e.g. {@code * OUTPOST IN +}. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (PatternToken t : before) {
            b.append(t.text()).append(t.adjacent() ? "_" : " ");
        }
        b.append('*');
        for (PatternToken t : after) b.append(t.adjacent() ? "_" : " ").append(t.text());
        return b.toString();
    }

    public String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return text() + " [" + code + "]";
    }
}
