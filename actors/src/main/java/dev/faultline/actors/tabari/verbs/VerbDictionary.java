package dev.faultline.actors.tabari.verbs;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loaded verb dictionaries: verb lookup by form, case-insensitively, and synset expansion. Immutable
 * once built; safe to share between threads.
 *
 * <p>When two verbs claim the same form, a form written in a file (a lemma, or one listed in
 * {@code {...}}) wins over a generated regular form, and otherwise the later definition (the later
 * file, or later in the file) wins, as for actor phrases; each such clash is listed in
 * {@link #problems()}.
 */
public final class VerbDictionary {
    /** A verb entry reachable from a word a parser tagged as a verb, through one of its forms. */
    public record Candidate(VerbForm form, VerbEntry entry) {}

    private final List<VerbEntry> entries;
    private final Map<String, Synset> synsets;
    private final Map<String, VerbEntry> byForm;
    private final Map<String, List<VerbEntry>> allByForm;
    private final Map<String, List<Candidate>> byVerbWord;
    private final List<Problem> problems;
    private final int patternCount;

    private VerbDictionary(List<VerbDictionaryReader.Read> reads) {
        List<VerbEntry> all = new ArrayList<>();
        Map<String, Synset> sets = new LinkedHashMap<>();
        List<Problem> found = new ArrayList<>();
        int patterns = 0;
        for (VerbDictionaryReader.Read r : reads) {
            all.addAll(r.entries());
            for (Synset s : r.synsets()) sets.put(s.name(), s);
            found.addAll(r.problems());
            patterns += r.patterns().size();
        }
        Map<String, VerbEntry> forms = new HashMap<>();
        Map<String, Boolean> written = new HashMap<>();
        Map<String, List<VerbEntry>> everyEntry = new HashMap<>();
        Map<String, List<Candidate>> words = new HashMap<>();
        for (VerbEntry e : all) {
            // One problem per pair of clashing entries, naming the forms they share.
            Map<VerbEntry, List<String>> clashes = new LinkedHashMap<>();
            for (int i = 0; i < e.forms().size(); i++) {
                VerbForm f = e.forms().get(i);
                boolean isWritten = i == 0 || !e.regular();
                String key = f.phrase();
                words.computeIfAbsent(f.verb(), k -> new ArrayList<>()).add(new Candidate(f, e));
                List<VerbEntry> same = everyEntry.computeIfAbsent(key, k -> new ArrayList<>());
                if (!same.contains(e)) same.add(e);
                VerbEntry old = forms.get(key);
                if (old != null && old != e) {
                    boolean oldWritten = written.get(key);
                    if (oldWritten && !isWritten) continue;
                    if (oldWritten == isWritten) clashes.computeIfAbsent(old, k -> new ArrayList<>()).add(key);
                }
                forms.put(key, e);
                written.put(key, isWritten);
            }
            clashes.forEach((old, shared) -> found.add(Problem.warning(e.where(), clash(e, old, shared))));
        }
        for (List<Candidate> list : words.values()) {
            // PETRARCH tries multi-word verbs before the single word: longest first, stable otherwise.
            list.sort((a, b) -> Integer.compare(b.form().words().size(), a.form().words().size()));
        }
        this.entries = List.copyOf(all);
        this.synsets = Map.copyOf(sets);
        this.byForm = Map.copyOf(forms);
        Map<String, List<VerbEntry>> everyFrozen = new HashMap<>();
        everyEntry.forEach((k, v) -> everyFrozen.put(k, List.copyOf(v)));
        this.allByForm = Map.copyOf(everyFrozen);
        Map<String, List<Candidate>> frozen = new HashMap<>();
        words.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byVerbWord = Map.copyOf(frozen);
        for (Synset s : sets.values()) {
            if (reaches(s.name(), s.name(), new LinkedHashSet<>())) {
                found.add(Problem.warning(s.where(), "synset " + s.name() + " contains itself through its members;"
                        + " the cycle is cut when expanding"));
            }
        }
        this.problems = List.copyOf(found);
        this.patternCount = patterns;
    }

    /** Reads and loads the given verb dictionaries; throws only when a file cannot be read. */
    public static VerbDictionary load(List<Path> files) throws IOException {
        List<VerbDictionaryReader.Read> reads = new ArrayList<>();
        for (Path f : files) reads.add(VerbDictionaryReader.read(f));
        return new VerbDictionary(reads);
    }

    public static VerbDictionary load(Path... files) throws IOException {
        return load(Arrays.asList(files));
    }

    /** A dictionary over what has already been read, later reads winning clashes. */
    public static VerbDictionary of(List<VerbDictionaryReader.Read> reads) {
        return new VerbDictionary(reads);
    }

    /**
     * The verb whose form this is, in any letter case: {@code said} → SAY's entry; a multi-word form
     * with spaces, underscores or hyphens, e.g. {@code clear up}, {@code re-arrest}.
     */
    public Optional<VerbEntry> lookup(String form) {
        return Optional.ofNullable(byForm.get(formKey(form, byForm)));
    }

    /** Every verb entry that has this form, in the order defined (the last is {@link #lookup}'s). */
    public List<VerbEntry> lookupAll(String form) {
        return allByForm.getOrDefault(formKey(form, allByForm), List.of());
    }

    /** The key for a form; a hyphenated one ({@code re-arrest}) falls back to its words when not known whole. */
    private static String formKey(String form, Map<String, ?> known) {
        String key = key(form.replace('_', ' '));
        if (!known.containsKey(key) && key.indexOf('-') > 0) return key(key.replace('-', ' '));
        return key;
    }

    /**
     * Every verb that a single word tagged as a verb may start: multi-word verbs whose verb word this is
     * (longest first; their other words must then be found around it), then the one-word verb.
     */
    public List<Candidate> candidates(String verbWord) {
        return byVerbWord.getOrDefault(verbWord.strip().toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * The phrases a synset matches ({@code &WEAPON} or {@code WEAPON}, any case): its members, their
     * generated plurals, and the phrases of synsets named as members; empty when it is not defined.
     */
    public List<List<String>> expand(String synset) {
        Set<List<String>> out = new LinkedHashSet<>();
        expand(name(synset), out, new LinkedHashSet<>());
        return List.copyOf(out);
    }

    private void expand(String name, Set<List<String>> out, Set<String> seen) {
        Synset s = synsets.get(name);
        if (s == null || !seen.add(name)) return;
        out.addAll(s.phrases());
        for (Synset.Member m : s.members()) if (m.isReference()) expand(m.words().get(0), out, seen);
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        Synset s = synsets.get(from);
        if (s == null || !seen.add(from)) return false;
        for (Synset.Member m : s.members()) {
            if (!m.isReference()) continue;
            String next = m.words().get(0);
            if (next.equals(target) || reaches(next, target, seen)) return true;
        }
        return false;
    }

    public Optional<Synset> synset(String name) {
        return Optional.ofNullable(synsets.get(name(name)));
    }

    public List<VerbEntry> entries() {
        return entries;
    }

    public Collection<Synset> synsets() {
        return synsets.values();
    }

    /** How many patterns were read (each verb of a block shares the block's). */
    public int patternCount() {
        return patternCount;
    }

    /** How many distinct verb forms can be looked up. */
    public int formCount() {
        return byForm.size();
    }

    /** Lines that could not be read and clashes between definitions, each naming its file and line. */
    public List<Problem> problems() {
        return problems;
    }

    private static String clash(VerbEntry e, VerbEntry old, List<String> shared) {
        boolean sameVerb = old.lemma().equals(e.lemma()) && old.block().equals(e.block()) && old.code().equals(e.code());
        if (sameVerb) return "verb " + e.lemma() + " is listed again in block " + e.block() + " (first at " + old.where() + ")";
        return "verb " + e.lemma() + " (block " + e.block() + ", [" + e.code() + "]) shares " + String.join(", ", shared)
                + " with " + old.lemma() + " (block " + old.block() + ", [" + old.code() + "]) at " + old.where()
                + "; the later one is used";
    }

    private static String key(String form) {
        return String.join(" ", form.strip().toUpperCase(Locale.ROOT).split("\\s+"));
    }

    private static String name(String synset) {
        String n = synset.strip().toUpperCase(Locale.ROOT).replaceAll("_+$", "");
        return n.startsWith("&") ? n : "&" + n;
    }
}
