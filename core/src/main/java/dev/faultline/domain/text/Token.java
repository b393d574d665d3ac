package dev.faultline.domain.text;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param begin offset of its first character in the article's text
 * @param end   offset just past its last character
 * @param word  the token as written in the text (quotes and brackets not rewritten)
 * @param lemma the dictionary form (e.g. "kill" for "killed")
 * @param pos   Penn Treebank part-of-speech tag (e.g. NNP, VBD)
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        if (index < 0) throw new IllegalArgumentException("token index must be >= 0, was " + index);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token offsets [" + begin + ", " + end + ") for '" + word + "'");
        }
    }

    /** True for a verb tag (VB, VBD, VBG, VBN, VBP, VBZ). */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** True for a noun tag (NN, NNS, NNP, NNPS). */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
