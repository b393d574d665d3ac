package dev.faultline.actors.tabari.verbs;

import java.util.List;
import java.util.Objects;

/**
 * One verb of a verb block: its lemma as written, all its forms (the lemma first, then the irregular
 * forms given in {@code {...}} or else the generated regular ones), its code (its own {@code [CODE]}, or
 * the block's), the block's name and the block's patterns, which every verb of the block shares.
 * {@code regular} is true when the forms after the lemma were generated rather than written in the file.
 */
public record VerbEntry(VerbForm lemma, List<VerbForm> forms, boolean regular, VerbCode code, String block,
                        List<VerbPattern> patterns, String file, int line) {
    public VerbEntry {
        Objects.requireNonNull(lemma, "lemma");
        forms = List.copyOf(forms);
        if (forms.isEmpty() || !forms.get(0).equals(lemma)) {
            throw new IllegalArgumentException("the forms of " + lemma + " must start with the lemma: " + forms);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(block, "block");
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(file, "file");
        if (line < 1) throw new IllegalArgumentException("line numbers start at 1: " + line);
    }

    public String where() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return lemma + " [" + code + "] in " + block + " (" + patterns.size() + " patterns)";
    }
}
