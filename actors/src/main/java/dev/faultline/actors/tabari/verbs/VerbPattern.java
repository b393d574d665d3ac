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

    /** True for a PETRARCH 2 pattern of noun and prepositional phrases, false for a TABARI-style one. */
    public boolean structured() {
        return before.stream().anyMatch(t -> t.role() != PatternToken.Role.LINEAR)
                || after.stream().anyMatch(t -> t.role() != PatternToken.Role.LINEAR);
    }

    /**
     * The pattern as a dictionary line writes it (without the dash and code), e.g. {@code * OUTPOST IN +},
     * {@code IN_* +} or {@code * POLICE (TO {BANNED PARTIES})}.
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        side(b, before, true);
        if (b.length() > 0 && !(before.get(before.size() - 1).adjacent())) b.append(' ');
        b.append('*');
        StringBuilder a = new StringBuilder();
        side(a, after, false);
        if (a.length() > 0 && !(after.get(0).adjacent())) b.append(' ');
        return b.append(a).toString();
    }

    private static void side(StringBuilder b, List<PatternToken> tokens, boolean beforeVerb) {
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            if (i > 0) {
                boolean joined = beforeVerb ? tokens.get(i - 1).adjacent() : t.adjacent();
                b.append(joined ? '_' : ' ');
            }
            if (t.role() == PatternToken.Role.PREPOSITION) b.append('(');
            boolean opensNounPhrase = t.role() == PatternToken.Role.MODIFIER
                    && (i == 0 || tokens.get(i - 1).role() != PatternToken.Role.MODIFIER);
            if (opensNounPhrase) b.append('{');
            b.append(t.text());
            boolean closesNounPhrase = t.role() == PatternToken.Role.HEAD && i > 0
                    && tokens.get(i - 1).role() == PatternToken.Role.MODIFIER;
            if (closesNounPhrase) b.append('}');
            boolean closesPhrase = t.phrase() > 0 && (i + 1 == tokens.size() || tokens.get(i + 1).phrase() != t.phrase());
            if (closesPhrase) b.append(')');
        }
    }

    public String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return text() + " [" + code + "]";
    }
}
