package dev.faultline.app.view.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A left-aligned text table. Columns are as wide as their widest cell up to a per-column cap;
 * longer cells are cut with an ellipsis. Control characters from reports are shown as spaces so a
 * report cannot move the terminal's cursor.
 */
public final class Table {
    private final List<String> headers;
    private final int[] caps;
    private final List<String[]> rows = new ArrayList<>();

    public Table(List<String> headers, int... caps) {
        if (caps.length != headers.size()) throw new IllegalArgumentException("one cap per column");
        this.headers = List.copyOf(headers);
        this.caps = caps.clone();
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) r[i] = cell(cells[i], caps[i]);
        rows.add(r);
        return this;
    }

    public void print(PrintWriter out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) w[i] = headers.get(i).length();
        for (String[] r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r[i].length());
        line(out, headers.toArray(String[]::new), w);
        String[] rule = new String[w.length];
        for (int i = 0; i < w.length; i++) rule[i] = "-".repeat(w[i]);
        line(out, rule, w);
        for (String[] r : rows) line(out, r, w);
        out.flush();
    }

    private static void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(cells[i]);
            if (i < cells.length - 1) sb.append(" ".repeat(w[i] - cells[i].length()));
        }
        out.println(sb.toString().stripTrailing());
    }

    static String cell(Object value, int cap) {
        String s = value == null ? "-" : value.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        s = sb.toString().strip();
        return s.length() <= cap ? s : s.substring(0, Math.max(0, cap - 1)) + "…";
    }
}
