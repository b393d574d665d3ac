package dev.faultline.actors.tabari.verbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A synonym set, {@code &NAME}, with its member phrases as written (upper-case words, which must be
 * consecutive in the text wherever the synset stands in a pattern). A member is
 * itself a synset reference when its only word starts with {@code &} (TABARI allowed this; see
 * {@link VerbDictionary#expand}). Members also match in their regular plural unless the label or the
 * member ended with {@code _} in the file.
 */
public record Synset(String name, List<Member> members, String file, int line) {
    /** One {@code +PHRASE} line. */
    public record Member(List<String> words, boolean plural) {
        public Member {
            words = words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
            if (words.isEmpty()) throw new IllegalArgumentException("a synset member without words");
            if (words.size() > 1 && words.stream().anyMatch(w -> w.startsWith("&"))) {
                throw new IllegalArgumentException("a synset reference inside a phrase: " + words);
            }
        }

        /** True for a member that names another synset, e.g. {@code +&TIETYPES}. */
        public boolean isReference() {
            return words.get(0).startsWith("&");
        }
    }

    public Synset {
        Objects.requireNonNull(name, "name");
        if (!name.matches("&[A-Z0-9_'-]+")) throw new IllegalArgumentException("not a synset name: '" + name + "'");
        members = List.copyOf(members);
        Objects.requireNonNull(file, "file");
    }

    /**
     * The member phrases and their generated plurals (of the last word: AUSTRIAN FLORIN → AUSTRIAN
     * FLORINS), without following references to other synsets.
     */
    public List<List<String>> phrases() {
        List<List<String>> out = new ArrayList<>();
        for (Member m : members) {
            if (m.isReference()) continue;
            out.add(m.words());
            String plural = m.plural() ? EnglishForms.plural(m.words().get(m.words().size() - 1)) : null;
            if (plural != null) {
                List<String> p = new ArrayList<>(m.words());
                p.set(p.size() - 1, plural);
                out.add(List.copyOf(p));
            }
        }
        return out;
    }

    public String where() {
        return file + ":" + line;
    }
}
