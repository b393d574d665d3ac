package dev.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one loader of word lists. A list is a UTF-8 text file:
 *
 * <pre>
 * # list: locatives
 * # version: 2
 * # source: team-written, from how news reports put a place after a preposition
 * # tags: where whither whence way
 * # any other comment
 * in        where
 * towards   whither
 * </pre>
 *
 * The header's {@code list} (the file's base name), {@code version} (a whole number from 1) and
 * {@code source} are required, {@code tags} optional. Each other line that is not blank or a
 * comment is an entry: a lower-case word or phrase, then, after a tab or two spaces or more, its
 * values separated by spaces (tags the header declares, or a number). A {@code #} after
 * whitespace starts a comment. An entry may appear once. Any breach fails with the file and line.
 */
public final class WordLists {
    private static final Pattern FIELDS = Pattern.compile("\\t+| {2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEADER = Pattern.compile("#\\s*(list|version|source|tags)\\s*:\\s*(.*)");

    private WordLists() {
    }

    /** The list in a class-path resource (e.g. {@code dev/faultline/lexicon/months.txt}). */
    public static WordList load(String resource) {
        ClassLoader cl = WordLists.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) throw new WordListException("word list " + resource + ": not on the class path");
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return parse(resource, new InputStreamReader(in, decoder));
        } catch (CharacterCodingException e) {
            throw new WordListException("word list " + resource + ": not UTF-8", e);
        } catch (IOException e) {
            throw new WordListException("word list " + resource + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a list; {@code where} names it in errors and its base name must be the header's {@code list}. */
    public static WordList parse(String where, Reader reader) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        BufferedReader in = new BufferedReader(reader);
        int n = 0;
        for (String raw; (raw = in.readLine()) != null; ) {
            n++;
            String line = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (t.startsWith("#")) {
                var h = HEADER.matcher(t);
                if (h.matches() && entries.isEmpty()) {
                    if (header.put(h.group(1), h.group(2).strip()) != null) throw error(where, n, "header '" + h.group(1) + "' given twice");
                }
                continue;
            }
            int hash = indexOfComment(line);
            if (hash >= 0) line = line.substring(0, hash);
            String[] parts = FIELDS.split(line.strip(), 2);
            String word = parts[0].strip();
            if (!word.equals(word.toLowerCase(Locale.ROOT))) throw error(where, n, "entry '" + word + "' is not lower case");
            List<String> values = parts.length > 1 && !parts[1].isBlank() ? List.of(SPACES.split(parts[1].strip())) : List.of();
            if (entries.put(word, values) != null) throw error(where, n, "entry '" + word + "' appears twice");
        }
        for (String key : List.of("list", "version", "source")) {
            if (header.getOrDefault(key, "").isEmpty()) throw new WordListException("word list " + where + ": no '# " + key + ":' header");
        }
        String name = header.get("list");
        String base = where.substring(where.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        if (!base.equals(name)) throw new WordListException("word list " + where + ": its header names it '" + name + "'");
        int version;
        try {
            version = Integer.parseInt(header.get("version"));
        } catch (NumberFormatException e) {
            throw new WordListException("word list " + where + ": version '" + header.get("version") + "' is not a whole number", e);
        }
        if (version < 1) throw new WordListException("word list " + where + ": version " + version + " is below 1");
        if (header.containsKey("tags")) {
            tags.addAll(List.of(SPACES.split(header.get("tags"))));
            for (var e : entries.entrySet()) {
                if (e.getValue().isEmpty()) throw new WordListException("word list " + where + ": entry '" + e.getKey() + "' has no tag");
                for (String v : e.getValue()) {
                    if (!tags.contains(v)) throw new WordListException("word list " + where + ": entry '" + e.getKey() + "' has tag '" + v
                            + "', which the header does not declare " + tags);
                }
            }
        }
        if (entries.isEmpty()) throw new WordListException("word list " + where + ": no entries");
        return new WordList(name, version, header.get("source"), tags, entries);
    }

    private static int indexOfComment(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) return i;
        }
        return -1;
    }

    private static WordListException error(String where, int line, String what) {
        return new WordListException("word list " + where + ", line " + line + ": " + what);
    }
}
