package dev.faultline.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons outside quotes and comments, so each runs
 * (and fails, with its text in the message) on its own. Scripts may use {@code --} and
 * {@code /* *}{@code /} comments and quoted strings and names; dollar-quoted bodies are not supported.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char ch = script.charAt(i);
            if (ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                current.append('\n');
            } else if (ch == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) throw new IllegalArgumentException("an unterminated /* comment");
                i = end + 1;
                current.append(' ');
            } else if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (true) {
                    end = script.indexOf(ch, end);
                    if (end < 0) throw new IllegalArgumentException("an unterminated " + ch + " quote");
                    if (end + 1 < n && script.charAt(end + 1) == ch) {
                        end += 2; // a doubled quote stands for itself
                    } else {
                        break;
                    }
                }
                current.append(script, i, end + 1);
                i = end;
            } else if (ch == ';') {
                add(out, current);
            } else {
                current.append(ch);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) out.add(s);
        current.setLength(0);
    }
}
