package dev.faultline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The independent sources of one story: its claims' origins, less copies. Two origins are one source
 * when a claim from each tells the story in near-identical words: the same wire text run by two
 * outlets that do not credit it ("AFP" and an outlet running AFP's text) is one report, not two.
 * Sentences are near-identical when they share at least {@value #SAME_TEXT} of their word
 * trigrams (Jaccard); independent reporters of one event rarely share a run of three words in
 * most of a sentence, while an edited copy keeps most of them. A sentence of fewer than
 * {@value #MIN_WORDS} words says too little to tell a copy from two reporters' plain words
 * ("Israel struck Iran."), and is never taken for a copy.
 */
final class Copies {
    static final double SAME_TEXT = 0.5;
    static final int MIN_WORDS = 8;
    private static final int SHINGLE = 3;

    private Copies() {
    }

    /**
     * The independent sources among {@code claims}: one name per group of origins that copy each
     * other, in the order the claims come; a group's name lists the outlets that ran the same text.
     */
    static List<String> independent(List<Claim> claims, Map<String, Origin> origins) {
        List<Claim> told = new ArrayList<>();
        for (Claim c : claims) if (c.modality().happened()) told.add(c);
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> shingles = new HashMap<>();
        for (Claim c : told) {
            parent.putIfAbsent(origins.get(c.id()).key(), origins.get(c.id()).key());
            shingles.put(c.id(), shingles(c.text()));
        }
        for (int i = 0; i < told.size(); i++) {
            for (int j = i + 1; j < told.size(); j++) {
                Claim a = told.get(i), b = told.get(j);
                String ka = origins.get(a.id()).key(), kb = origins.get(b.id()).key();
                if (a.article().equals(b.article()) || find(parent, ka).equals(find(parent, kb))) continue;
                if (near(shingles.get(a.id()), shingles.get(b.id()))) union(parent, ka, kb);
            }
        }
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Claim c : told) {
            Origin o = origins.get(c.id());
            names.computeIfAbsent(find(parent, o.key()), k -> new LinkedHashSet<>()).add(o.name());
        }
        List<String> out = new ArrayList<>();
        for (Set<String> group : names.values()) {
            List<String> g = new ArrayList<>(group);
            out.add(g.size() == 1 ? g.get(0) : g.get(0) + " (the same text in " + String.join(", ", g.subList(1, g.size())) + ")");
        }
        return out;
    }

    static boolean near(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int shared = 0;
        for (String s : a) if (b.contains(s)) shared++;
        return shared >= SAME_TEXT * (a.size() + b.size() - shared);
    }

    /** The sentence's word trigrams; none for a sentence too short to tell a copy by. */
    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> out = new HashSet<>();
        if (words.length < MIN_WORDS) return out;
        for (int i = 0; i + SHINGLE <= words.length; i++) out.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        return out;
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(parent.get(p))) p = parent.get(p);
        parent.put(k, p);
        return p;
    }

    /** Joins two groups under the smaller key, so the groups do not depend on the order of claims. */
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }
}
