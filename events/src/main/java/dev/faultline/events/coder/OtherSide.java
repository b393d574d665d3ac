package dev.faultline.events.coder;

import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.events.patterns.EventPattern;
import dev.faultline.events.patterns.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an act's other side stands beyond the dependents of its trigger's head word, as the parse
 * hangs it: on the later words of a trigger of several words ("carried out an attack on X", where
 * "on X" hangs on "attack"); on the light verb that carries an act's noun ("launched strikes on X",
 * "held talks with X", where the phrase hangs on the verb); and "against" or "with" a party, which
 * puts that party on the other side of any act ("opened investigations against X", "shared
 * evidence with X"). Also who speaks a clause that says an act must happen ("X said Y must
 * withdraw": X demands it of Y). Reads one parsed sentence; holds nothing.
 */
final class OtherSide {
    /** Prepositions whose party is on the other side of any act. */
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("against", "with");
    /** Verbs that put a clause in the subject's mouth: "said that Turkey must mediate". */
    private static final Set<String> SAYING = CoderWords.of("saying-verbs");

    private OtherSide() {
    }

    /** Whether relation {@code r} marks the act's other side for pattern {@code p}: its own prepositions, "against", "with". */
    static boolean targetRelation(EventPattern p, String r) {
        Optional<String> prep = preposition(r);
        return prep.isPresent() && (p.target().contains(prep.get()) || PARTY_PREPOSITIONS.contains(prep.get()));
    }

    /**
     * The words whose prepositional phrases may hold the act's other side, besides the head: a
     * trigger's later nouns ("attack" of "carry out attack") and, for an act's noun, the light verb
     * whose object (or "in" phrase) it is ("launched raids", "took part in talks").
     */
    static List<Integer> carriers(Sentence s, DependencyGraph g, EventPattern p, int head, int[] words, Set<String> lightVerbs) {
        List<Integer> out = new ArrayList<>();
        for (int w : words) if (w != head && s.tokens().get(w).isNoun()) out.add(w);
        if (p.trigger().kind() == Trigger.Kind.NOUN) {
            for (Dependency up : g.governorsOf(head)) {
                if (up.isRoot() || !(up.relation().equals("obj") || up.relation().startsWith("obl:in"))) continue;
                if (lightVerbs.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) out.add(up.governor());
            }
        }
        return out;
    }

    /**
     * The words in an object's own phrase that a preposition of the act's other side marks ("shared
     * evidence with X", "sought support from X", "provided $2 million in assistance to X"), as deep as
     * the phrase's nouns go (three steps), not "of" phrases ("the release of prisoners") and not into
     * clauses.
     */
    static List<Integer> inObject(DependencyGraph g, int object, EventPattern p) {
        List<Integer> out = new ArrayList<>();
        List<Integer> frontier = List.of(object);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int w : frontier) {
                for (Dependency d : g.dependentsOf(w)) {
                    String r = d.relation();
                    if (r.equals("nmod:of") || r.equals("nmod:poss")) continue;
                    if (targetRelation(p, r)) out.add(d.dependent());
                    else if (r.startsWith("nmod") || r.equals("dep") || r.equals("amod") || r.equals("nummod")) next.add(d.dependent());
                }
            }
            frontier = next;
        }
        return out;
    }

    /** The verb of saying whose clause holds {@code verb} ("Assad said Turkey must mediate": said), or empty. */
    static Optional<Integer> saying(Sentence s, DependencyGraph g, int verb) {
        for (Dependency up : g.governorsOf(verb)) {
            if (up.isRoot() || !up.relation().equals("ccomp")) continue;
            if (SAYING.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) return Optional.of(up.governor());
        }
        return Optional.empty();
    }

    /** The subject of the verb of saying whose clause holds {@code verb} ("Assad said Turkey must mediate": Assad), or empty. */
    static Optional<Integer> speaker(Sentence s, DependencyGraph g, int verb) {
        return saying(s, g, verb).flatMap(say -> g.dependentsOf(say, "nsubj").stream().findFirst());
    }

    /**
     * Who a request is made of, when the parse gives it as the subject of the clause that says what
     * is asked ("called on Saudi Arabia to end the blockade" read as "Saudi Arabia to end", "demanded
     * that Iran send"): that subject, or empty.
     */
    static Optional<Integer> addressee(DependencyGraph g, int request) {
        for (Dependency d : g.dependentsOf(request)) {
            String r = d.relation();
            if (!(r.equals("ccomp") || r.startsWith("xcomp") || r.startsWith("advcl") || r.startsWith("acl"))) continue;
            for (Dependency sub : g.dependentsOf(d.dependent())) {
                if (sub.relation().equals("nsubj") || sub.relation().equals("nsubj:pass")) return Optional.of(sub.dependent());
            }
        }
        return Optional.empty();
    }

    /** The preposition of an "obl:x" or "nmod:x" relation ("obl:on": "on"), multiword ones with spaces. */
    static Optional<String> preposition(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) return Optional.empty();
        String head = relation.substring(0, colon);
        if (!head.equals("obl") && !head.equals("nmod")) return Optional.empty();
        return Optional.of(relation.substring(colon + 1).replace('_', ' '));
    }
}
