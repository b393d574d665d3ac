package dev.faultline.events.tabari;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parse seen the way TABARI reads it: its words upper-cased in order, each node's span of word
 * positions, and each node's parent.
 */
final class SentenceView {
    final ParseNode root;
    final List<String> words = new ArrayList<>();
    final List<ParseNode> leaves = new ArrayList<>();
    private final Map<ParseNode, int[]> spans = new IdentityHashMap<>();
    private final Map<ParseNode, ParseNode> parents = new IdentityHashMap<>();

    SentenceView(ParseNode root) {
        this.root = root;
        index(root, null);
    }

    private void index(ParseNode n, ParseNode parent) {
        if (parent != null) parents.put(n, parent);
        int start = leaves.size();
        if (n.isWord()) {
            leaves.add(n);
            words.add(n.word().toUpperCase(Locale.ROOT));
        } else {
            for (ParseNode c : n.children()) index(c, n);
        }
        spans.put(n, new int[] {start, leaves.size()});
    }

    int start(ParseNode n) {
        return spans.get(n)[0];
    }

    int end(ParseNode n) {
        return spans.get(n)[1];
    }

    ParseNode parent(ParseNode n) {
        return parents.get(n);
    }

    /** Every phrase node in pre-order (outer before inner, left before right). */
    List<ParseNode> phrases() {
        List<ParseNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(ParseNode n, List<ParseNode> out) {
        if (n.isWord()) return;
        out.add(n);
        for (ParseNode c : n.children()) collect(c, out);
    }
}
