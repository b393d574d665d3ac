package dev.faultline.ingest.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an HTML element as paragraphs separated by blank lines: every block element
 * (paragraph, heading, list item, quote, table cell, div) starts a new paragraph, {@code <br>} a new
 * line, and runs of whitespace inside a paragraph collapse to one space, as a browser shows them.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd",
            "figure", "figcaption", "header", "footer", "address", "hr", "body");

    private HtmlText() {
    }

    public static String of(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) current.append('\n');
                    else if (BLOCKS.contains(e.normalName())) flush(paragraphs, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(paragraphs, current);
            }
        }, root);
        flush(paragraphs, current);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        StringBuilder para = new StringBuilder();
        for (String line : current.toString().split("\n")) {
            String clean = line.replace('\u00A0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (clean.isEmpty()) continue;
            if (!para.isEmpty()) para.append('\n');
            para.append(clean);
        }
        if (!para.isEmpty()) paragraphs.add(para.toString());
        current.setLength(0);
    }
}
