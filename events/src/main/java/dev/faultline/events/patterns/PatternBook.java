package dev.faultline.events.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.faultline.domain.event.PloverType;
import dev.faultline.events.cameo.CameoCatalog;
import dev.faultline.events.cameo.CameoEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every event pattern, indexed by its trigger's first lemma. Immutable once loaded; safe to share
 * between threads. {@link #load()} reads the shipped patterns; {@link #load(List)} adds a user's files
 * in the same format.
 */
public final class PatternBook {
    static final String SHIPPED = "dev/faultline/events/patterns/patterns.yaml";
    private static final Set<String> PATTERN_KEYS = Set.of("verb", "noun", "target", "type", "mode", "context", "cameo", "note",
            "without_actors");

    private final Map<String, CameoCode> codes;
    private final List<EventPattern> patterns;
    private final Map<String, List<EventPattern>> verbs = new LinkedHashMap<>();
    private final Map<String, List<EventPattern>> nouns = new LinkedHashMap<>();

    private final CameoCatalog catalog;

    private PatternBook(CameoCatalog catalog, Map<String, CameoCode> codes, List<EventPattern> patterns) {
        this.catalog = catalog;
        this.codes = Map.copyOf(codes);
        this.patterns = List.copyOf(patterns);
        for (EventPattern p : patterns) {
            (p.trigger().kind() == Trigger.Kind.VERB ? verbs : nouns).computeIfAbsent(p.trigger().head(), k -> new ArrayList<>()).add(p);
        }
        verbs.replaceAll((k, v) -> List.copyOf(v));
        nouns.replaceAll((k, v) -> List.copyOf(v));
    }

    public static PatternBook load() {
        return load(List.of());
    }

    public static PatternBook load(List<Path> extra) {
        Reader reader = new Reader(CameoCatalog.load());
        try (InputStream in = PatternBook.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) throw new PatternBookException("the shipped event patterns are not on the class path: " + SHIPPED, null);
            reader.read(SHIPPED, in);
        } catch (IOException e) {
            throw new PatternBookException("cannot read " + SHIPPED + ": " + e.getMessage(), e);
        }
        for (Path p : extra) {
            try (InputStream in = Files.newInputStream(p)) {
                reader.read(p.toString(), in);
            } catch (IOException e) {
                reader.problems.add(p + ": cannot read: " + e.getMessage());
            }
        }
        if (!reader.problems.isEmpty()) throw new PatternBookException(reader.problems);
        return new PatternBook(reader.catalog, reader.codes, reader.patterns);
    }

    public List<EventPattern> patterns() {
        return patterns;
    }

    /** The verb patterns whose trigger starts with this lemma, longest trigger first. */
    public List<EventPattern> verbs(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The noun patterns whose trigger starts with this lemma, longest trigger first. */
    public List<EventPattern> nouns(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** A short hash of every pattern and code in the book, so stored events name the knowledge that made them. */
    public String fingerprint() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (CameoCode c : new java.util.TreeMap<>(codes).values()) md.update(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (EventPattern p : patterns) md.update(p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The CAMEO table the book's codes come from. */
    public CameoCatalog catalog() {
        return catalog;
    }

    /** A code of the book's files, else of the CAMEO table. */
    public Optional<CameoCode> code(String cameo) {
        CameoCode c = codes.get(cameo);
        if (c != null) return Optional.of(c);
        return catalog.entry(cameo).map(e -> new CameoCode(e.code(), e.name(), e.goldstein()));
    }

    /** Reads pattern files into one book, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        final Map<String, CameoCode> codes = new LinkedHashMap<>();
        final List<EventPattern> patterns = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        private final Map<String, String> seen = new LinkedHashMap<>();
        final CameoCatalog catalog;

        Reader(CameoCatalog catalog) {
            this.catalog = catalog;
        }

        /** A code listed in a file's {@code codes}, else the catalog's. */
        private Optional<CameoCode> code(String cameo) {
            CameoCode c = codes.get(cameo);
            if (c != null) return Optional.of(c);
            return catalog.entry(cameo).map(e -> new CameoCode(e.code(), e.name(), e.goldstein()));
        }

        void read(String file, InputStream in) throws IOException {
            JsonNode root;
            try {
                root = YAML.readTree(in);
            } catch (IOException e) {
                problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            if (root == null || !root.path("version").isInt()) problems.add(file + ": needs 'version: N'");
            if (root == null || !root.path("sources").isArray() || root.path("sources").isEmpty()) problems.add(file + ": needs 'sources'");
            if (root == null) return;
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("codes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    JsonNode v = e.getValue();
                    if (!v.path("goldstein").isNumber()) throw new IllegalArgumentException("needs a numeric 'goldstein'");
                    CameoCode c = new CameoCode(e.getKey(), v.path("name").asText(""), v.path("goldstein").asDouble());
                    CameoCode before = code(c.code()).orElse(null);
                    if (before != null && before.goldstein() != c.goldstein()) {
                        problems.add(file + ": code " + c.code() + ": Goldstein " + c.goldstein() + " differs from " + before.goldstein());
                    } else {
                        codes.putIfAbsent(c.code(), c);
                    }
                } catch (IllegalArgumentException ex) {
                    problems.add(file + ": code " + e.getKey() + ": " + ex.getMessage());
                }
            }
            int n = 0;
            for (JsonNode p : root.path("patterns")) pattern(file, ++n, p);
            patterns.sort((a, b) -> b.trigger().lemmas().size() - a.trigger().lemmas().size());
        }

        private void pattern(String file, int n, JsonNode p) {
            String where = file + ": pattern " + n;
            for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!PATTERN_KEYS.contains(k)) problems.add(where + ": unknown key '" + k + "'");
            }
            boolean verb = p.hasNonNull("verb");
            if (verb == p.hasNonNull("noun")) {
                problems.add(where + ": give exactly one of 'verb' or 'noun'");
                return;
            }
            String words = p.path(verb ? "verb" : "noun").asText().strip().toLowerCase(Locale.ROOT);
            where += " (" + words + ")";
            String cameoText = p.path("cameo").asText("");
            CameoCode cameo = code(cameoText).orElse(null);
            if (cameo == null) problems.add(where + ": CAMEO code '" + cameoText + "' is neither in the CAMEO table nor listed under 'codes'");
            Optional<CameoEntry> known = catalog.entry(cameoText);
            Optional<PloverType> type = p.hasNonNull("type") ? PloverType.parse(p.path("type").asText(null)) : known.flatMap(CameoEntry::type);
            if (type.isEmpty()) {
                problems.add(where + (p.hasNonNull("type") ? ": unknown PLOVER type '" + p.path("type").asText("") + "'"
                        : ": no 'type', and CAMEO " + cameoText + " has no PLOVER type"));
            }
            if (words.isEmpty()) problems.add(where + ": an empty trigger");
            if (type.isEmpty() || cameo == null || words.isEmpty()) return;
            Trigger trigger = new Trigger(verb ? Trigger.Kind.VERB : Trigger.Kind.NOUN, List.of(words.split("\\s+|(?<=\\S)(?=-\\S)|(?<=\\S-)(?=\\S)")));
            String key = trigger.toString();
            String coding = type.get() + " " + cameo.code();
            String earlier = seen.putIfAbsent(key, coding);
            if (earlier != null && !earlier.equals(coding)) {
                problems.add(where + ": " + key + " is already coded " + earlier + "; one trigger, one coding");
            }
            if (earlier != null) return;                                        // the same pattern twice: once is enough
            List<String> target = new ArrayList<>();
            for (JsonNode t : p.path("target")) {
                // YAML 1.1 reads a bare on, off, yes or no as a boolean: "on" must be quoted to stay a preposition
                if (!t.isTextual()) problems.add(where + ": target " + t + " is not a word (quote it: YAML reads on, off, yes, no as booleans)");
                else target.add(t.asText().toLowerCase(Locale.ROOT));
            }
            List<String> context = new ArrayList<>();
            p.path("context").forEach(c -> context.add(c.asText()));
            boolean sameType = known.flatMap(CameoEntry::type).equals(type);
            if (!p.has("context") && sameType) context.addAll(known.get().context());
            String mode = p.has("mode") || !sameType ? p.path("mode").asText("") : known.get().mode();
            JsonNode alone = p.path("without_actors");
            if (!alone.isMissingNode() && !alone.isBoolean()) problems.add(where + ": 'without_actors' must be true or false");
            patterns.add(new EventPattern(trigger, target, type.get(), mode, context, cameo, alone.asBoolean(false)));
        }
    }
}
