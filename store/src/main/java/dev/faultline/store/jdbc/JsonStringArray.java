package dev.faultline.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array ({@code ["quds-force","irgc","iran"]}), the way a column that both
 * databases can update in place holds an ordered list. Reads what it writes and any other JSON array
 * of strings (whitespace, escapes, as PostgreSQL's {@code jsonb} prints it); anything else is refused.
 */
final class JsonStringArray {
    private JsonStringArray() {
    }

    static String write(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            quote(values.get(i), out);
        }
        return out.append(']').toString();
    }

    /** One string as it appears within {@link #write}'s output: quoted and escaped. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(s, out);
        return out.toString();
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch));
                    else out.append(ch);
                }
            }
        }
        out.append('"');
    }

    /** The strings of a JSON array of strings; throws IllegalArgumentException naming what is wrong. */
    static List<String> read(String json) {
        Reader r = new Reader(json);
        List<String> out = new ArrayList<>();
        r.skipSpace();
        r.expect('[');
        r.skipSpace();
        if (r.peek() == ']') {
            r.next();
        } else {
            while (true) {
                r.skipSpace();
                out.add(r.string());
                r.skipSpace();
                char ch = r.next();
                if (ch == ']') break;
                if (ch != ',') throw r.error("',' or ']'");
            }
        }
        r.skipSpace();
        if (!r.atEnd()) throw r.error("the end");
        return out;
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        char peek() {
            if (atEnd()) throw error("more");
            return s.charAt(i);
        }

        char next() {
            char ch = peek();
            i++;
            return ch;
        }

        void expect(char ch) {
            if (next() != ch) throw error("'" + ch + "'");
        }

        void skipSpace() {
            while (!atEnd() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r' || s.charAt(i) == '\t')) i++;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char ch = next();
                if (ch == '"') return out.toString();
                if (ch != '\\') {
                    out.append(ch);
                    continue;
                }
                char esc = next();
                switch (esc) {
                    case '"', '\\', '/' -> out.append(esc);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) throw error("four hex digits");
                        try {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("four hex digits");
                        }
                        i += 4;
                    }
                    default -> throw error("an escape");
                }
            }
        }

        IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("not a JSON array of strings: expected " + expected + " at character "
                    + i + " of " + s);
        }
    }
}
