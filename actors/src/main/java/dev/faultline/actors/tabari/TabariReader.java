package dev.faultline.actors.tabari;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads TABARI / PETRARCH actor and agent dictionaries, forgivingly (see the package description). */
public final class TabariReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    /** Deeper than this, substitution sets name each other in a circle. */
    private static final int MAX_SET_DEPTH = 12;
    /** More forms than this from one line is a mistake in the sets, not a vocabulary. */
    private static final int MAX_FORMS = 1000;
    private static final Pattern SET = Pattern.compile("^(![A-Z0-9_]+!)\\s*=\\s*(.+)$");

    /** What was read, and what could not be. */
    public record Read<T>(List<T> entries, List<Problem> problems) {
        public Read {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private TabariReader() {}

    public static Read<TabariActor> actors(Path file) throws IOException {
        return actors(file.toString(), lines(file));
    }

    public static Read<TabariAgent> agents(Path file) throws IOException {
        return agents(file.toString(), lines(file));
    }

    static Read<TabariActor> actors(String file, List<String> lines) {
        List<TabariActor> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Entry current = null;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (inComment) {
                inComment = !line.contains("-->");
                continue;
            }
            String t = line.strip();
            if (t.startsWith("<")) {
                inComment = t.startsWith("<!") && !t.contains("-->") && !t.endsWith(">");
                continue;
            }
            t = uncomment(t);
            if (t.isEmpty()) continue;
            String where = file + ":" + lineNo;
            try {
                if (t.startsWith("[")) {
                    if (current == null) throw new IllegalArgumentException("a code line before any actor");
                    current.codes.addAll(spans(t));
                } else if (t.startsWith("+")) {
                    if (current == null) throw new IllegalArgumentException("a synonym before any actor");
                    List<String> words = words(before(t.substring(1), '['));
                    if (!words.isEmpty()) current.phrases.add(words);
                    current.codes.addAll(spans(t));
                } else {
                    flush(current, out, problems);
                    current = null;
                    List<String> words = words(before(t, '['));
                    if (words.isEmpty()) throw new IllegalArgumentException("an entry without a phrase");
                    List<CodeSpan> codes = spans(t);
                    current = new Entry(file, lineNo);
                    current.phrases.add(words);
                    current.codes.addAll(codes);
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.warning(where, e.getMessage() + " (line skipped): " + t));
            }
        }
        flush(current, out, problems);
        return new Read<>(out, problems);
    }

    static Read<TabariAgent> agents(String file, List<String> lines) {
        List<TabariAgent> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> sets = new LinkedHashMap<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inComment) {
                inComment = !line.contains("-->");
                continue;
            }
            String t = line.strip();
            if (t.startsWith("<")) {
                inComment = t.startsWith("<!") && !t.contains("-->") && !t.endsWith(">");
                continue;
            }
            t = uncomment(t);
            if (t.isEmpty()) continue;
            String where = file + ":" + (i + 1);
            try {
                Matcher set = SET.matcher(t);
                if (set.matches()) {
                    sets.put(set.group(1), Arrays.stream(set.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
                    continue;
                }
                List<CodeSpan> codes = spans(t);
                if (codes.size() != 1) throw new IllegalArgumentException("an agent needs exactly one [code]");
                String code = codes.get(0).code();
                boolean prefix = code.endsWith("~");
                String bare = code.replace("~", "");
                String phrasePart = before(t, '[');
                String plural = null;
                int brace = phrasePart.indexOf('{');
                if (brace >= 0) {
                    int close = phrasePart.indexOf('}', brace);
                    if (close < 0) throw new IllegalArgumentException("an unclosed {plural}");
                    plural = phrasePart.substring(brace + 1, close).strip();
                    phrasePart = phrasePart.substring(0, brace);
                }
                for (String form : expand(phrasePart.strip(), sets)) {
                    out.add(new TabariAgent(words(form), bare, prefix, file, i + 1));
                }
                if (plural != null && !plural.isEmpty()) {
                    for (String form : expand(plural, sets)) out.add(new TabariAgent(words(form), bare, prefix, file, i + 1));
                } else if (plural == null && phrasePart.indexOf('!') < 0) {
                    // No {PLURAL}: the regular plural is generated, as TABARI and PETRARCH do; an empty {} means none,
                    // and a substitution set (!PERSON! = MAN, MEN) already lists its plural forms.
                    for (String form : expand(phrasePart.strip(), sets)) {
                        out.add(new TabariAgent(plural(words(form)), bare, prefix, file, i + 1));
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.warning(where, e.getMessage() + " (line skipped): " + t));
            }
        }
        return new Read<>(out, problems);
    }

    /** Expands {@code !SET!} references, e.g. CATTLE!PERSON! → CATTLEMAN, CATTLEMEN, ... */
    static List<String> expand(String phrase, Map<String, List<String>> sets) {
        List<String> out = new ArrayList<>();
        expand(phrase, sets, 0, out);
        return out;
    }

    /**
     * A set may name other sets, so expansion recurses; a set that names itself (directly or through
     * others) would recurse without end, and sets within sets multiply, so both are bounded and refused
     * as one line's problem rather than a stack overflow or a hang.
     */
    private static void expand(String phrase, Map<String, List<String>> sets, int depth, List<String> out) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            if (out.size() >= MAX_FORMS) throw new IllegalArgumentException("substitution sets expand to more than " + MAX_FORMS + " phrases");
            out.add(phrase);
            return;
        }
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) throw new IllegalArgumentException("an unclosed !SET! reference");
        String name = phrase.substring(a, b + 1);
        List<String> members = sets.get(name);
        if (members == null) throw new IllegalArgumentException("unknown substitution set " + name);
        if (depth >= MAX_SET_DEPTH) throw new IllegalArgumentException("substitution set " + name + " names itself, or sets nest too deeply");
        for (String m : members) expand(phrase.substring(0, a) + m + phrase.substring(b + 1), sets, depth + 1, out);
    }

    private static void flush(Entry e, List<TabariActor> out, List<Problem> problems) {
        if (e == null) return;
        if (e.codes.isEmpty()) {
            problems.add(Problem.warning(e.file + ":" + e.line, "actor '" + String.join(" ", e.phrases.get(0)) + "' has no [code] (skipped)"));
            return;
        }
        out.add(new TabariActor(e.phrases, e.codes, e.file, e.line));
    }

    private static List<CodeSpan> spans(String t) {
        List<CodeSpan> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(t);
        while (m.find()) out.add(TabariDates.span(m.group(1)));
        return out;
    }

    /** PETRARCH's regular plural of a phrase's last word: -Y → -IES, -S/-X/-Z/-CH/-SH → -ES, else -S. */
    static List<String> plural(List<String> words) {
        List<String> out = new ArrayList<>(words);
        String w = out.get(out.size() - 1);
        String p;
        if (w.length() > 1 && w.endsWith("Y") && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) p = w.substring(0, w.length() - 1) + "IES";
        else if (w.endsWith("S") || w.endsWith("X") || w.endsWith("Z") || w.endsWith("CH") || w.endsWith("SH")) p = w + "ES";
        else p = w + "S";
        out.set(out.size() - 1, p);
        return out;
    }

    static List<String> words(String phrase) {
        return Arrays.stream(phrase.toUpperCase(Locale.ROOT).split("[_\\s]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String before(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s : s.substring(0, i);
    }

    private static String uncomment(String t) {
        int hash = t.indexOf('#');
        return (hash < 0 ? t : t.substring(0, hash)).strip();
    }

    private static List<String> lines(Path file) throws IOException {
        return DictionaryFiles.lines(file);
    }

    private static final class Entry {
        final String file;
        final int line;
        final List<List<String>> phrases = new ArrayList<>();
        final List<CodeSpan> codes = new ArrayList<>();

        Entry(String file, int line) {
            this.file = file;
            this.line = line;
        }
    }
}
