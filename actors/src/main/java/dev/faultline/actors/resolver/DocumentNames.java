package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorRef;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of organisations and people a report has given so far, by the other ways it may write
 * them: a short form after the long one ("the Council" after "the National Salvation Council"), an
 * abbreviation it introduced ("National Salvation Council (NSC)"), another spelling ("al-Jolani" and
 * "Julani", "Popular Mobilisation Force" and "Popular Mobilization Forces"). A form two actors share is
 * nobody's.
 */
final class DocumentNames {
    /** Nouns that head a body's name and may stand for it alone after "the": "the Council", "the Brigades". */
    static final Set<String> BODY_HEADS = Set.of("council", "front", "brigades", "brigade", "movement", "forces", "force", "army",
            "party", "committee", "alliance", "coalition", "union", "group", "organization", "organisation", "authority", "guard",
            "corps", "battalion", "battalions", "division", "regiment", "militia", "assembly", "congress", "league", "federation",
            "command", "directorate", "agency", "service", "network", "resistance", "mobilization", "mobilisation");

    private static final String AMBIGUOUS = "\u0000";

    private final Map<String, ActorRef> refs = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    private final Map<String, String> skeletons = new HashMap<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();

    /** A body's name as the report wrote it ({@code loose} its words): its short forms and spelling are now known. */
    void body(ActorRef ref, List<String> loose, String text) {
        refs.put(ref.id(), ref);
        put(skeletons, skeleton(text), ref.id());
        if (loose.size() < 2) return;
        String head = loose.get(loose.size() - 1);
        if (!BODY_HEADS.contains(head)) return;
        put(shortForms, head, ref.id());
        put(shortForms, loose.get(loose.size() - 2) + " " + head, ref.id());
    }

    /** A person's full name: another spelling of it is the same person. */
    void person(ActorRef ref, String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length < 2) return;
        refs.put(ref.id(), ref);
        put(skeletons, skeleton(text), ref.id());
        put(surnames, dev.faultline.actors.kb.AliasKey.loose(words[words.length - 1]), ref.id());
    }

    /** The person named in full before whose surname this is ("Maduro" after "Nicolás Maduro"). */
    Optional<ActorRef> surname(String loose) {
        return lookup(surnames, loose);
    }

    void abbreviation(ActorRef ref, String abbreviation) {
        refs.put(ref.id(), ref);
        put(abbreviations, abbreviation, ref.id());
    }

    Optional<ActorRef> shortForm(String loose) {
        return lookup(shortForms, loose);
    }

    Optional<ActorRef> spelling(String text) {
        String key = skeleton(text);
        return key.length() < 6 ? Optional.empty() : lookup(skeletons, key);
    }

    Optional<ActorRef> abbreviation(String text) {
        return lookup(abbreviations, text);
    }

    private Optional<ActorRef> lookup(Map<String, String> map, String key) {
        String id = map.get(key);
        return id == null || id.equals(AMBIGUOUS) ? Optional.empty() : Optional.ofNullable(refs.get(id));
    }

    private static void put(Map<String, String> map, String key, String id) {
        if (key.isEmpty()) return;
        String prev = map.putIfAbsent(key, id);
        if (prev != null && !prev.equals(id)) map.put(key, AMBIGUOUS);
    }

    /**
     * A name's consonants, spelling-insensitive: accents, the article "al-"/"el-", vowels, doubled
     * letters and a plural "s" dropped, s/z, c/k/q and ph/f made one ("al-Jolani" = "Julani",
     * "Mobilisation Force" = "Mobilization Forces", "Mohammed" = "Mohamed").
     */
    static String skeleton(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (String word : s.split("[^a-z]+")) {
            if (word.isEmpty() || word.equals("al") || word.equals("el") || word.equals("the") || word.equals("of")) continue;
            if (word.endsWith("s") && word.length() > 3) word = word.substring(0, word.length() - 1);
            String w = word.replace("ph", "f").replace('z', 's').replace('q', 'k').replace('c', 'k').replaceAll("[aeiouyw]", "");
            w = w.replaceAll("(.)\\1+", "$1");
            if (w.isEmpty() || !seen.add(w)) continue;
            out.append(w).append(' ');
        }
        return out.toString().trim();
    }
}
