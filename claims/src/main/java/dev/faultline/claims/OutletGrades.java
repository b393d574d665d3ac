package dev.faultline.claims;

import dev.faultline.domain.claim.Grade;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reliability grades of news outlets, from a tab-separated file (id, grade, names, reason; lines
 * starting with # are comments). The default file ships with Faultline; a user's file replaces it.
 * An outlet is found by its id (a knowledge-base actor id) or any of its names, ignoring case,
 * accents and a leading "the"; one not listed is {@link Grade#F}. Immutable.
 */
public final class OutletGrades {
    private static final String DEFAULT = "outlet-grades.tsv";

    /** One graded outlet. */
    public record Outlet(String id, Grade grade, List<String> names, String reason) {
        public Outlet {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(grade, "grade");
            names = List.copyOf(names);
            Objects.requireNonNull(reason, "reason");
        }

        public String name() {
            return names.isEmpty() ? id : names.get(0);
        }
    }

    private final Map<String, Outlet> byKey;
    private final String origin;

    private OutletGrades(Map<String, Outlet> byKey, String origin) {
        this.byKey = Map.copyOf(byKey);
        this.origin = origin;
    }

    /** The grades that ship with Faultline. */
    public static OutletGrades defaults() {
        try (InputStream in = OutletGrades.class.getResourceAsStream(DEFAULT)) {
            if (in == null) throw new IllegalStateException("the default outlet grades " + DEFAULT + " are missing from the build");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + DEFAULT);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default outlet grades: " + e.getMessage(), e);
        }
    }

    /** A user's grades file. */
    public static OutletGrades load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such outlet grades file");
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses a grades file's text.
     *
     * @throws IllegalArgumentException naming {@code origin} and the line, for a bad grade, a missing
     *                                  column, or a name given to two outlets
     */
    static OutletGrades parse(String text, String origin) {
        Map<String, Outlet> byKey = new HashMap<>();
        StringBuilder body = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
            body.append(lines[i]).append('\n');
            lineOf.add(i + 1);
        }
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader r = new StringReader(body.toString()); CSVParser p = CSVParser.parse(r, format)) {
            for (String column : List.of("id", "grade", "names", "reason")) {
                if (!p.getHeaderMap().containsKey(column)) throw new IllegalArgumentException(origin + ": the header lacks the column '" + column + "'");
            }
            int row = 0;
            for (CSVRecord rec : p) {
                int line = lineOf.get(++row);
                String where = origin + " line " + line;
                if (!rec.isConsistent()) throw new IllegalArgumentException(where + ": expected 4 tab-separated columns, found " + rec.size());
                Grade grade;
                try {
                    grade = Grade.valueOf(rec.get("grade").trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": grade '" + rec.get("grade") + "' is not one of A, B, C, D, E, F", e);
                }
                String id = rec.get("id").trim();
                if (id.isEmpty()) throw new IllegalArgumentException(where + ": an outlet needs an id");
                List<String> names = new ArrayList<>();
                for (String n : rec.get("names").split("\\|")) if (!n.isBlank()) names.add(n.trim());
                Outlet o = new Outlet(id, grade, names, rec.get("reason").trim());
                List<String> keys = new ArrayList<>(names);
                keys.add(id);
                for (String k : keys) {
                    Outlet had = byKey.put(key(k), o);
                    if (had != null && had != o) throw new IllegalArgumentException(where + ": '" + k + "' already names " + had.id());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
        return new OutletGrades(byKey, origin);
    }

    /** The outlet an id or name stands for, if graded. */
    public Optional<Outlet> find(String idOrName) {
        if (idOrName == null) return Optional.empty();
        return Optional.ofNullable(byKey.get(key(idOrName)));
    }

    public Grade grade(String idOrName) {
        return find(idOrName).map(Outlet::grade).orElse(Grade.F);
    }

    /** Where the grades came from, for messages. */
    public String origin() {
        return origin;
    }

    /** A name's matching key: lower case, no accents or punctuation, no leading "the". */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[’'`]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
