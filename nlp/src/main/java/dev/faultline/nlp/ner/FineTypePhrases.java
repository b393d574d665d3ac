package dev.faultline.nlp.ner;

import dev.faultline.domain.text.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrases to fine entity types, as a word-level trie over lower-cased words (hyphens are words of
 * their own, as CoreNLP's tokenizer splits them). Built once, then immutable and thread-safe.
 */
public final class FineTypePhrases {
    /** CoreNLP's KBP gazetteer, in the models jar. */
    public static final String CORENLP_KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    /** Our own additions and corrections, which win over the KBP list. */
    public static final String SUPPLEMENT = "dev/faultline/nlp/ner/fine-types.tsv";

    private static final Set<EntityType> KEPT = Set.of(EntityType.CITY, EntityType.COUNTRY,
            EntityType.STATE_OR_PROVINCE, EntityType.NATIONALITY, EntityType.RELIGION, EntityType.TITLE,
            EntityType.WEAPON, EntityType.MILITARY_PLATFORM, EntityType.PLACE_NOUN);
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[|\\[\\]()*+?\\\\{}^$]");
    private static final Pattern DERIVED = Pattern.compile(".*-(born|based|area|controlled|headquartered|raised|"
            + "educated|registered|owned|backed|led|made|flagged|funded|sponsored|allied|linked|affiliated)$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Node root;
    private final int size;

    private FineTypePhrases(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** A found phrase: words {@code [begin, end)} and its type. */
    public record Hit(EntityType type, int begin, int end) {
    }

    /** The KBP gazetteer's plain names plus the supplement, from the class path. */
    public static FineTypePhrases load() {
        Builder b = new Builder();
        ClassLoader cl = FineTypePhrases.class.getClassLoader();
        readTsv(cl, CORENLP_KBP, (phrase, type, overwritable) -> {
            // Plain names are the entries CoreNLP lets overwrite LOCATION (cities, countries,
            // nationalities); derived forms ("x-born") may only overwrite MISC.
            boolean place = type == EntityType.CITY || type == EntityType.COUNTRY || type == EntityType.STATE_OR_PROVINCE
                    || type == EntityType.NATIONALITY;
            if (place && !overwritable.contains("LOCATION")) return;
            String plain = phrase.strip();
            if (REGEX_SYNTAX.matcher(plain).find() || DERIVED.matcher(plain).matches()) return;
            b.addIfAbsent(plain, type);
        });
        readTsv(cl, SUPPLEMENT, (phrase, type, overwritable) -> {
            String plain = phrase.strip();
            if (!REGEX_SYNTAX.matcher(plain).find()) b.put(plain, type);
        });
        return b.build();
    }

    @FunctionalInterface
    private interface Row {
        /** A row of a kept type; {@code phrase} as written (not stripped). */
        void accept(String phrase, EntityType type, String overwritable);
    }

    /** The kept types by name: most of the KBP list's 580,000 rows are of other types or filtered, so rows are cut by hand. */
    private static final Map<String, EntityType> KEPT_BY_NAME = KEPT.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(EntityType::name, t -> t));

    private static void readTsv(ClassLoader cl, String resource, Row row) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("fine-type phrases not on the class path: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) throw new IllegalStateException(resource + ":" + n + ": expected phrase<TAB>TYPE, got '" + line + "'");
                int tab2 = line.indexOf('\t', tab + 1);
                EntityType type = KEPT_BY_NAME.get(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2).strip());
                if (type == null) continue; // a type Faultline does not keep (CRIMINAL_CHARGE, IDEOLOGY, …)
                String overwritable = "";
                if (tab2 >= 0) {
                    int tab3 = line.indexOf('\t', tab2 + 1);
                    overwritable = line.substring(tab2 + 1, tab3 < 0 ? line.length() : tab3);
                }
                row.accept(line.substring(0, tab), type, overwritable);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fine-type phrases " + resource, e);
        }
    }

    /** Splits a phrase (or a token) into trie words: lower case, hyphens as words of their own. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : SPACE.split(phrase.toLowerCase(Locale.ROOT).replace("-", " - ").strip())) {
            if (!part.isEmpty()) out.add(part);
        }
        return out;
    }

    public int size() {
        return size;
    }

    /** The type of exactly this phrase (already split into words), or null. */
    public EntityType exact(List<String> words, int begin, int end) {
        Node n = root;
        for (int i = begin; i < end && n != null; i++) n = n.next(words.get(i).toLowerCase(Locale.ROOT));
        return n == null ? null : n.type;
    }

    /** The longest phrase starting at word {@code begin}, or null. */
    public Hit longestAt(List<String> words, int begin) {
        Node n = root;
        Hit best = null;
        for (int i = begin; i < words.size(); i++) {
            n = n.next(words.get(i).toLowerCase(Locale.ROOT));
            if (n == null) break;
            if (n.type != null) best = new Hit(n.type, begin, i + 1);
        }
        return best;
    }

    private static final class Node {
        Map<String, Node> children;
        EntityType type;

        Node next(String word) {
            return children == null ? null : children.get(word);
        }
    }

    /** Builds the phrase trie; not thread-safe, the built trie is. */
    public static final class Builder {
        private final Node root = new Node();
        private int size;

        public Builder put(String phrase, EntityType type) {
            node(phrase).type = type;
            return this;
        }

        Builder addIfAbsent(String phrase, EntityType type) {
            Node n = node(phrase);
            if (n.type == null) n.type = type;
            return this;
        }

        private Node node(String phrase) {
            Node n = root;
            for (String w : words(phrase)) {
                if (n.children == null) n.children = new HashMap<>(4);
                n = n.children.computeIfAbsent(w, k -> new Node());
            }
            if (n == root) throw new IllegalArgumentException("empty phrase");
            if (n.type == null) size++;
            return n;
        }

        public FineTypePhrases build() {
            return new FineTypePhrases(root, size);
        }
    }
}
