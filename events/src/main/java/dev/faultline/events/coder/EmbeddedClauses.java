package dev.faultline.events.coder;

import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the clause above an act makes of it. "Pakistan refused to deploy peacekeepers" reports no
 * deployment but a refusal; "the PKK demanded that the Turkish government provide information"
 * reports no provision but a demand made of that government. CAMEO codes both so (12, 10), and so
 * does PLOVER (REJECT, REQUEST).
 */
final class EmbeddedClauses {
    enum Kind { REFUSED, DEMANDED }

    /** How the act is embedded, and the word that embeds it ("refused", "demanding", "demands"). */
    record Embedding(Kind kind, int head) {}

    /** Verbs whose infinitive complement is an act refused or left undone: "refused to", "failed to reach". */
    private static final Set<String> REFUSING = CoderWords.of("refusing-words");
    /** Verbs whose complement is an act demanded of someone: "demanded that X withdraw", "urged X to stop". */
    private static final Set<String> DEMANDING = CoderWords.of("demanding-verbs");
    /** Nouns whose clause is an act demanded: "its demands that the government grant", "an ultimatum to hand over". */
    private static final Set<String> DEMANDS = CoderWords.of("demand-nouns");

    private EmbeddedClauses() {
    }

    static Optional<Embedding> of(Sentence s, DependencyGraph g, int trigger) {
        for (Dependency d : g.governorsOf(trigger)) {
            if (d.isRoot()) continue;
            String r = d.relation();
            String lemma = s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean complement = r.startsWith("xcomp") || r.startsWith("ccomp");
            if (r.startsWith("xcomp") && REFUSING.contains(lemma)) return Optional.of(new Embedding(Kind.REFUSED, d.governor()));
            if (complement && s.tokens().get(d.governor()).isVerb() && DEMANDING.contains(lemma)) {
                return Optional.of(new Embedding(Kind.DEMANDED, d.governor()));
            }
            if ((complement || r.startsWith("acl")) && s.tokens().get(d.governor()).isNoun() && DEMANDS.contains(lemma)) {
                return Optional.of(new Embedding(Kind.DEMANDED, d.governor()));
            }
        }
        return Optional.empty();
    }

    /**
     * The words that may name who demands, best first: the demanding verb's subject ("the US
     * demanded"), a demand's possessor ("its demands"), and the subject of the verb whose object or
     * complement the demand is ("the PKK issued a declaration demanding", "the FDD insisted on its
     * demands" when "its" names no one).
     */
    static List<Integer> demanders(Sentence s, DependencyGraph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.dependentsOf(head)) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("nmod:poss")) out.add(d.dependent());
        }
        for (Dependency up : g.governorsOf(head)) {
            if (up.isRoot()) continue;
            int above = up.governor();
            if (s.tokens().get(head).isVerb() && !up.relation().startsWith("acl")) continue;
            if (s.tokens().get(above).isNoun()) {                 // "a declaration demanding": the declaration's verb
                for (Dependency up2 : g.governorsOf(above)) {
                    if (!up2.isRoot() && (up2.relation().equals("obj") || up2.relation().startsWith("obl"))) out.addAll(subjectsOf(g, up2.governor()));
                }
            } else {
                out.addAll(subjectsOf(g, above));
            }
        }
        return out;
    }

    private static List<Integer> subjectsOf(DependencyGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.dependentsOf(verb)) if (d.relation().startsWith("nsubj")) out.add(d.dependent());
        return out;
    }
}
