package dev.faultline.events.tabari;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bracketed Penn Treebank parse such as {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}, the form
 * PETRARCH's input records carry. Whitespace and line breaks are free; an unbalanced tree is refused
 * with the position where it went wrong.
 */
public final class PennTrees {
    private PennTrees() {}

    public static ParseNode read(String text) {
        Reader r = new Reader(text);
        r.skipSpace();
        ParseNode root = r.node();
        r.skipSpace();
        if (r.pos < text.length()) throw new IllegalArgumentException("text after the tree at " + r.pos + ": " + r.context());
        return root;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        ParseNode node() {
            expect('(');
            skipSpace();
            String label = s.charAt(pos) == '(' ? "ROOT" : token();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) != '(') {
                String word = token();
                skipSpace();
                expect(')');
                return ParseNode.word(label, word);
            }
            List<ParseNode> kids = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length()) throw new IllegalArgumentException("the tree ends before its brackets close: " + context());
                if (s.charAt(pos) == ')') {
                    pos++;
                    return new ParseNode(label, null, kids);
                }
                kids.add(node());
            }
        }

        String token() {
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != '(' && s.charAt(pos) != ')') pos++;
            if (start == pos) throw new IllegalArgumentException("a label or word expected at " + pos + ": " + context());
            return s.substring(start, pos);
        }

        void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + pos + ": " + context());
            }
            pos++;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        String context() {
            int from = Math.max(0, pos - 30);
            return "..." + s.substring(from, Math.min(s.length(), pos + 30)).replaceAll("\\s+", " ") + "...";
        }
    }
}
