package dev.faultline.actors.tabari.verbs;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one TABARI / PETRARCH verb dictionary, forgivingly (see the package description): every line
 * that cannot be read becomes a problem naming the file and line, and reading goes on.
 *
 * <p>As in PETRARCH, a synset may be defined anywhere in the file (here also after its use), a pattern
 * that names a synset the file never defines is dropped, and a synset definition inside a verb block
 * does not end the block. A verb line before any block header starts a block of its own (TABARI style).
 */
public final class VerbDictionaryReader {

    /** What was read from one file, and what could not be; {@code lines} counts the file's lines. */
    public record Read(List<VerbEntry> entries, List<Synset> synsets, List<VerbPattern> patterns,
                       List<Problem> problems, int lines) {
        public Read {
            entries = List.copyOf(entries);
            synsets = List.copyOf(synsets);
            patterns = List.copyOf(patterns);
            problems = List.copyOf(problems);
        }
    }

    private VerbDictionaryReader() {}

    /** Reads {@code file}; throws only when the file itself cannot be read. */
    public static Read read(Path file) throws IOException {
        return read(file.toString(), lines(file));
    }

    /** Reads dictionary lines as if they came from {@code file} (which only names them in problems). */
    public static Read read(String file, List<String> lines) {
        return new State(file).readAll(lines);
    }

    /** A line without its comments: {@code content} to parse, and the {@code #} remark if any. */
    private record Clean(String content, String comment) {}

    private static final class Block {
        final String name;
        final VerbCode code;
        final int line;
        final List<PatternSyntax.VerbLine> verbs = new ArrayList<>();
        final List<Integer> verbLines = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        Block(String name, VerbCode code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    private static final class State {
        final String file;
        final List<Problem> problems = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final Map<String, Synset> synsets = new LinkedHashMap<>();
        Block block;
        // The synset being read: its name, whether its members get plurals, its line and members.
        String synsetName;
        boolean synsetPlural;
        int synsetLine;
        List<Synset.Member> members;
        boolean inComment;
        int lineNo;

        State(String file) {
            this.file = file;
        }

        Read readAll(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                lineNo = i + 1;
                Clean c = clean(lines.get(i));
                if (c == null || c.content.isEmpty()) continue;
                try {
                    line(c);
                } catch (IllegalArgumentException e) {
                    problem(e.getMessage() + " (line skipped): " + lines.get(i).strip());
                }
            }
            endSynset();
            return finish(lines.size());
        }

        private void line(Clean c) {
            String t = c.content;
            if (t.startsWith("+") && members != null) {
                members.add(PatternSyntax.member(t.substring(1), synsetPlural));
                return;
            }
            endSynset();
            if (t.startsWith("~")) {
                throw new IllegalArgumentException("PETRARCH 2 verb transformations are not read");
            }
            if (t.startsWith("---")) {
                header(t);
            } else if (t.startsWith("-")) {
                pattern(t, c.comment);
            } else if (t.startsWith("&")) {
                startSynset(t);
            } else {
                verb(t);
            }
        }

        private void header(String t) {
            String inside = t.replaceAll("^-+", "").replaceAll("-+$", "").strip();
            VerbCode code = VerbCode.NONE;
            String name = inside;
            int open = inside.indexOf('[');
            if (open >= 0) {
                int close = inside.indexOf(']', open);
                name = inside.substring(0, open).strip();
                try {
                    if (close < 0) throw new IllegalArgumentException("an unclosed [code");
                    code = PatternSyntax.code(inside.substring(open + 1, close), this::problem);
                } catch (IllegalArgumentException e) {
                    // Keep the block: its verbs would otherwise join the previous block.
                    problem(e.getMessage() + "; block '" + name + "' read with code ---");
                }
            }
            if (name.isEmpty()) {
                problem("a block header without a name; read as unnamed");
            }
            block = new Block(name, code, lineNo);
            blocks.add(block);
        }

        private void pattern(String t, String comment) {
            if (block == null) throw new IllegalArgumentException("a pattern before any verb block");
            String body = t.substring(1);
            if (body.startsWith("-")) {
                problem("a pattern line starting with more than one '-'; the extra dashes are ignored");
                body = body.replaceAll("^-+", "");
            }
            block.patterns.addAll(PatternSyntax.patterns(body, comment, file, lineNo, this::problem));
        }

        private void startSynset(String t) {
            String name = t.split("\\s+")[0].toUpperCase(Locale.ROOT);
            String rest = t.substring(t.split("\\s+")[0].length()).strip();
            if (!rest.isEmpty()) problem("text after the synset label ignored: '" + rest + "'");
            synsetPlural = !name.endsWith("_");
            name = name.replaceAll("_+$", "");
            if (!name.matches("&[A-Z0-9_'-]+")) throw new IllegalArgumentException("not a synset label: '" + name + "'");
            synsetName = name;
            synsetLine = lineNo;
            members = new ArrayList<>();
        }

        private void endSynset() {
            if (members == null) return;
            if (members.isEmpty()) {
                problems.add(Problem.warning(file + ":" + synsetLine, "synset " + synsetName + " has no members"));
            }
            Synset s = new Synset(synsetName, members, file, synsetLine);
            Synset old = synsets.put(synsetName, s);
            if (old != null) {
                problems.add(Problem.warning(s.where(), "synset " + synsetName + " is defined again (first at line "
                        + old.line() + "); the later definition is used"));
            }
            members = null;
        }

        private void verb(String t) {
            PatternSyntax.VerbLine v = PatternSyntax.verbLine(t, this::problem);
            if (block == null) {
                problem("a verb before any '--- NAME [CODE] ---' header; it starts a block of its own");
                block = new Block(v.lemma().toString(), v.code() == null ? VerbCode.NONE : v.code(), lineNo);
                blocks.add(block);
            }
            block.verbs.add(v);
            block.verbLines.add(lineNo);
        }

        private Read finish(int lineCount) {
            List<VerbEntry> entries = new ArrayList<>();
            List<VerbPattern> allPatterns = new ArrayList<>();
            checkNestedSynsets();
            for (Block b : blocks) {
                List<VerbPattern> kept = new ArrayList<>();
                for (VerbPattern p : b.patterns) {
                    List<String> missing = p.synsets().stream().filter(s -> !synsets.containsKey(s)).toList();
                    if (missing.isEmpty()) kept.add(p);
                    else problems.add(Problem.warning(p.where(), "pattern refers to undefined synset "
                            + String.join(", ", missing) + " (pattern skipped): " + p));
                }
                if (b.verbs.isEmpty()) {
                    problems.add(Problem.warning(file + ":" + b.line, "block '" + b.name + "' has no verbs"
                            + (kept.isEmpty() ? "" : "; its " + kept.size() + " patterns cannot be used")));
                }
                allPatterns.addAll(kept);
                // One immutable list for the block: its verbs share it (List.copyOf keeps it as is).
                List<VerbPattern> shared = List.copyOf(kept);
                for (int i = 0; i < b.verbs.size(); i++) {
                    PatternSyntax.VerbLine v = b.verbs.get(i);
                    VerbCode code = v.code() == null ? b.code : v.code();
                    entries.add(new VerbEntry(v.lemma(), v.forms(), v.regular(), code, b.name, shared, file, b.verbLines.get(i)));
                }
            }
            problems.sort(java.util.Comparator.comparingInt(VerbDictionaryReader::lineOf));
            return new Read(entries, List.copyOf(synsets.values()), allPatterns, problems, lineCount);
        }

        /** A member naming a synset the file never defines can never match: report it. */
        private void checkNestedSynsets() {
            for (Synset s : synsets.values()) {
                for (Synset.Member m : s.members()) {
                    if (m.isReference() && !synsets.containsKey(m.words().get(0))) {
                        problems.add(Problem.warning(s.where(), "synset " + s.name() + " names undefined synset "
                                + m.words().get(0) + " (that member never matches)"));
                    }
                }
            }
        }

        private Clean clean(String raw) {
            String t = raw;
            if (inComment) {
                int end = t.indexOf("-->");
                if (end < 0) return null;
                inComment = false;
                t = t.substring(end + 3);
            }
            while (true) {
                int start = t.indexOf("<!--");
                if (start < 0) break;
                int end = t.indexOf("-->", start + 4);
                if (end < 0) {
                    inComment = true;
                    t = t.substring(0, start);
                    break;
                }
                t = t.substring(0, start) + " " + t.substring(end + 3);
            }
            String comment = "";
            int hash = t.indexOf('#');
            if (hash >= 0) {
                comment = t.substring(hash + 1);
                t = t.substring(0, hash);
            }
            // KEDS / TABARI legacy: ';' starts a comment too.
            int semi = t.indexOf(';');
            if (semi >= 0) {
                comment = (t.substring(semi + 1) + " " + comment).strip();
                t = t.substring(0, semi);
            }
            return new Clean(t.strip(), comment.strip());
        }

        private void problem(String message) {
            problems.add(Problem.warning(file + ":" + lineNo, message));
        }
    }

    private static int lineOf(Problem p) {
        int colon = p.where().lastIndexOf(':');
        try {
            return Integer.parseInt(p.where().substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return dev.faultline.actors.tabari.DictionaryFiles.lines(file);
    }
}
