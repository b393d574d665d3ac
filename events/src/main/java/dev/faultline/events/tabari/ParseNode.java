package dev.faultline.events.tabari;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a constituency parse (Penn Treebank labels): a phrase with children, or a word with its
 * part-of-speech label. Words are kept as written; the coder compares them upper-cased, as TABARI does.
 */
public record ParseNode(String label, String word, List<ParseNode> children) {
    public ParseNode {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
        if (word != null && !children.isEmpty()) throw new IllegalArgumentException("a word node has no children: " + label);
    }

    public static ParseNode word(String tag, String word) {
        return new ParseNode(tag, word, List.of());
    }

    public boolean isWord() {
        return word != null;
    }

    /** The label without function tags or indices: {@code NP-SBJ-1} → {@code NP}. */
    public String category() {
        int dash = label.indexOf('-', 1);
        return dash > 0 ? label.substring(0, dash) : label;
    }

    public boolean is(String category) {
        return category().equals(category);
    }

    /** The words under this node, in order. */
    public List<ParseNode> leaves() {
        List<ParseNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ParseNode n, List<ParseNode> out) {
        if (n.isWord()) {
            out.add(n);
            return;
        }
        for (ParseNode c : n.children) collect(c, out);
    }
}
