package dev.faultline.eval.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files ({@code PETR.UnitTest.records.xml}, {@code PETR2_GSR_validation.xml})
 * with a forgiving hand reader, because they are not well-formed XML: the GSR file has its header as
 * bare text (mentioning {@code <EventCoding...>}), self-closes most {@code <Sentence .../>} tags and
 * then closes them again, and comments out parses with {@code <!---}; attributes use either quote and
 * hold quoted values ({@code sourcecode='"INJURY TOLL"'}).
 *
 * <p>How it reads: comments are dropped; then tags are taken in document order. A {@code <Sentence>}
 * opens a record that lasts until {@code </Sentence>}, the next {@code <Sentence>} or the end;
 * {@code <EventCoding>} tags inside it are its codings (or, with {@code noevents="True"}, its no-event
 * marker, or with {@code error="..."} the error the coder must report); {@code <Text>} and {@code <Parse>} take everything up to their closing tag. {@code <Config>}
 * tags between records change the options in force for the records after them; {@code <Include>}
 * lists the categories that are run.
 */
public final class PetrarchRecordsFile {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(Sentences|Sentence|EventCoding|Text|Parse|Config|Include)\\b([^<>]*?)(/?)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))");

    private PetrarchRecordsFile() {}

    public static List<PetrarchRecord> read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(raw);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static List<PetrarchRecord> parse(String raw) {
        String s = COMMENT.matcher(raw.startsWith("\uFEFF") ? raw.substring(1) : raw).replaceAll(" ");
        List<Draft> drafts = new ArrayList<>();
        Set<String> include = null;
        Map<String, String> config = new LinkedHashMap<>();
        Draft open = null;
        Matcher m = TAG.matcher(s);
        int pos = 0;
        while (m.find(pos)) {
            pos = m.end();
            boolean closing = !m.group(1).isEmpty();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            Map<String, String> attrs = attributes(m.group(3));
            switch (name) {
                case "sentence" -> {
                    if (closing) {
                        open = null;
                    } else {
                        open = new Draft(attrs, config);
                        drafts.add(open);
                    }
                }
                case "sentences" -> open = null;
                case "eventcoding" -> {
                    if (open != null && !closing) open.coding(attrs);
                }
                case "text", "parse" -> {
                    if (closing) break;
                    int end = indexOfIgnoreCase(s, "</" + name, pos);
                    String body = s.substring(pos, end < 0 ? nextTagOrEnd(s, pos) : end);
                    if (open != null) {
                        if (name.equals("text")) open.text = body; else open.parse = body.strip();
                    }
                    if (end >= 0) pos = end;
                }
                case "config" -> {
                    if (!closing && attrs.containsKey("option")) config.put(attrs.get("option"), attrs.getOrDefault("value", ""));
                }
                case "include" -> {
                    if (closing) break;
                    int end = indexOfIgnoreCase(s, "</include", pos);
                    String body = s.substring(pos, end < 0 ? nextTagOrEnd(s, pos) : end);
                    include = new LinkedHashSet<>();
                    for (String c : body.strip().split("\\s+")) if (!c.isEmpty()) include.add(c);
                    if (end >= 0) pos = end;
                }
                default -> throw new IllegalStateException("unexpected tag " + name);
            }
        }
        List<PetrarchRecord> out = new ArrayList<>();
        for (Draft d : drafts) out.add(d.build(include));
        return out;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTR.matcher(text);
        while (a.find()) {
            String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            out.put(a.group(1).toLowerCase(Locale.ROOT), decode(v));
        }
        return out;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        return s.toLowerCase(Locale.ROOT).indexOf(what.toLowerCase(Locale.ROOT), from);
    }

    private static int nextTagOrEnd(String s, int from) {
        int i = s.indexOf('<', from);
        return i < 0 ? s.length() : i;
    }

    /** The five XML entities and numeric references; anything else is left as written. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("&(amp|lt|gt|quot|apos|#(\\d+)|#x([0-9a-fA-F]+));").matcher(s);
        while (m.find()) {
            String r = switch (m.group(1)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(m.group(2) != null
                        ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16)));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The sentence a CoNLL-U parse spells: its word forms (column 2 of lines whose first column is a
     * plain token number), a space between them unless the last column says {@code SpaceAfter=No}.
     * Empty when the parse is not CoNLL-U (a Penn tree, or nothing).
     */
    static String textOfConllU(String parse) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (String line : parse.split("\\R")) {
            String[] col = line.strip().split("\t");
            if (col.length < 2 || !col[0].matches("\\d+")) continue;
            if (space) b.append(' ');
            b.append(col[1]);
            space = !col[col.length - 1].contains("SpaceAfter=No");
        }
        return b.toString().strip();
    }

    /** A record while it is being read. */
    private static final class Draft {
        final Map<String, String> attrs;
        final Map<String, String> config;
        final List<PetrarchCoding> codings = new ArrayList<>();
        String error = "";
        String text = "";
        String parse = "";

        Draft(Map<String, String> attrs, Map<String, String> config) {
            this.attrs = attrs;
            this.config = Map.copyOf(config);
        }

        void coding(Map<String, String> a) {
            // noevents="True" needs nothing recorded: a record without codings expects none
            if (a.containsKey("error")) {
                error = a.get("error").strip();
            } else if (a.containsKey("eventcode")) {
                codings.add(new PetrarchCoding(a.getOrDefault("sourcecode", ""), a.getOrDefault("targetcode", ""), a.get("eventcode")));
            }
        }

        PetrarchRecord build(Set<String> include) {
            String id = attrs.getOrDefault("id", "");
            if (id.isBlank()) throw new IllegalStateException("a <Sentence> has no id; its text: " + text.strip());
            String category = attrs.getOrDefault("category", "");
            boolean scored = !"false".equalsIgnoreCase(attrs.getOrDefault("sentence", "true").strip())
                    && !"false".equalsIgnoreCase(attrs.getOrDefault("evaluate", "true").strip())
                    && (include == null || include.contains(category))
                    && !"bad_input_parse".equalsIgnoreCase(error);
            String t = decode(text).replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) t = textOfConllU(decode(parse)); // one GSR record has an empty <Text> but a parse
            // no coding at all, a no-event marker or an expected error: nothing must be coded
            // (a marker or error beside codings is contradictory; the codings win)
            return new PetrarchRecord(id, category, attrs.getOrDefault("date", ""), t, decode(parse), codings,
                    codings.isEmpty(), error, config, scored);
        }
    }
}
