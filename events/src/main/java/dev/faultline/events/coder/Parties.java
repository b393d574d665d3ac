package dev.faultline.events.coder;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.events.sources.Attributor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who takes part in an act, where the parse alone misleads: parties "between A and B", a passive's
 * agent hung on the wrong word, who claims an attack, a told hearer, names in apposition, and words
 * that say what kind of act it is rather than who does it. Reads one parsed sentence and the actors
 * found in it (by token); made per sentence by the coder, never shared.
 */
final class Parties {
    /** Verbs that take an act as one's own: "claimed (responsibility for) the attack", "admitted responsibility for". */
    private static final Set<String> CLAIMING = CoderWords.of("claiming-verbs");
    /** Nouns of owning an act: "claimed responsibility for", "took credit for". */
    private static final Set<String> RESPONSIBILITY = CoderWords.of("responsibility-nouns");
    /** Words that end a phrase read from the surface. */
    private static final Set<String> PHRASE_BREAKS = Set.of(",", ";", ":", ".", "!", "?", "--", "—", "(", ")");

    private final AnnotatedDocument doc;
    private final Sentence s;
    private final DependencyGraph g;
    private final ActorMention[] actorAt;

    Parties(AnnotatedDocument doc, Sentence s, DependencyGraph g, ActorMention[] actorAt) {
        this.doc = doc;
        this.s = s;
        this.g = g;
        this.actorAt = actorAt;
    }

    /**
     * An object before its verb that is the hearer of a telling verb: "told the outlet that the
     * army blew up depots", which the parse may read as a relative clause with "the outlet" as
     * what was blown up. The depots that "the army blew up" (a true relative clause) still count.
     */
    boolean hearer(int verb, int object) {
        if (object > verb) return false;
        for (Dependency up : g.governorsOf(object)) {
            if (!up.isRoot() && up.governor() != verb && (up.relation().equals("obj") || up.relation().equals("iobj"))
                    && Attributor.tellsHearer(lemma(up.governor()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who claims an act as theirs: "the attack was claimed by the Houthis", "IS claimed
     * responsibility for the bombing". The claimant is the act's doer on its own word (the
     * modality says so: the claim makes the sentence alleged).
     */
    Optional<Integer> claimant(int act) {
        for (Dependency d : g.dependentsOf(act)) {             // "the attack, claimed by the Houthis"
            if (!d.relation().startsWith("acl") || !lemma(d.dependent()).equals("claim")) continue;
            for (Dependency by : g.dependentsOf(d.dependent())) {
                if (by.relation().equals("obl:agent") || by.relation().equals("obl:by")) return Optional.of(by.dependent());
            }
        }
        for (Dependency up : g.governorsOf(act)) {             // "the attack was claimed by the Houthis"
            if (up.isRoot() || !up.relation().equals("nsubj:pass") || !lemma(up.governor()).equals("claim")) continue;
            for (Dependency by : g.dependentsOf(up.governor())) {
                if (by.relation().equals("obl:agent") || by.relation().equals("obl:by")) return Optional.of(by.dependent());
            }
        }
        for (Dependency up : g.governorsOf(act)) {             // "claimed responsibility for the attack", "took credit for"
            if (up.isRoot()) continue;
            int verb = -1;
            if (up.relation().equals("nmod:for") && RESPONSIBILITY.contains(lemma(up.governor()))) {
                verb = g.governorsOf(up.governor()).stream().filter(x -> !x.isRoot() && x.relation().equals("obj"))
                        .map(Dependency::governor).findFirst().orElse(-1);
            } else if (up.relation().equals("obl:for") && g.dependentsOf(up.governor(), "obj").stream()
                    .anyMatch(o -> RESPONSIBILITY.contains(lemma(o)))) {
                verb = up.governor();                          // the parse may hang "for the attack" on the verb
            }
            if (verb < 0 || !CLAIMING.contains(lemma(verb))) continue;
            for (Dependency d : g.dependentsOf(verb)) if (d.relation().equals("nsubj")) return Optional.of(d.dependent());
        }
        return Optional.empty();
    }

    private String lemma(int token) {
        return s.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * "Clashes broke out between A and B", read from the words when the parse hung "between" on
     * something else: the last actor on each side of the "and", up to the end of the phrase, as
     * {source, target}.
     */
    Optional<ActorMention[]> between(int after) {
        List<Token> ts = s.tokens();
        int k = after + 1;
        while (k < Math.min(ts.size(), after + 10) && !ts.get(k).word().equalsIgnoreCase("between")) {
            if (PHRASE_BREAKS.contains(ts.get(k).word())) return Optional.empty();
            k++;
        }
        if (k >= ts.size() || !ts.get(k).word().equalsIgnoreCase("between")) return Optional.empty();
        ActorMention first = null, second = null;
        boolean and = false;
        for (int t = k + 1; t < ts.size(); t++) {
            Token tok = ts.get(t);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (PHRASE_BREAKS.contains(w) || tok.isVerb() && actorAt[t] == null
                    || tok.pos().equals("IN") && !w.equals("of") && actorAt[t] == null) break;
            if (w.equals("and") && actorAt[t] == null) {
                if (and) break;
                and = true;
            } else if (actorAt[t] != null) {
                if (and) second = actorAt[t];
                else first = actorAt[t];
            }
        }
        if (first == null || second == null || first.actor().id().equals(second.actor().id())) return Optional.empty();
        return Optional.of(new ActorMention[] {first, second});
    }

    /** The act's noun says whose fire it is by a nationality ("Israeli strikes"): an attack, whoever the sentence names. */
    boolean nationalFire(int head) {
        if (!s.tokens().get(head).isNoun()) return false;
        for (Dependency d : g.dependentsOf(head)) {
            if (!d.relation().equals("amod") && !d.relation().equals("compound")) continue;
            int t = d.dependent();
            if (actorAt[t] != null && actorAt[t].actor().kind() == ActorKind.STATE) return true;
            for (Mention m : doc.mentionsIn(s.index())) {
                if (m.type() == EntityType.NATIONALITY && m.tokenBegin() <= t && t < m.tokenEnd()) return true;
            }
        }
        return false;
    }

    /**
     * An adjective right before the act's noun that says what kind of act it is ("a military
     * offensive", "military aid"), not who acts: a generic organ of no state tagged as an adjective.
     * "Iranian" and "Israeli military" still name who, and so does a "military" the tagger misread
     * further off ("the military conducted airstrikes").
     */
    boolean kindOfAct(int token, int act) {
        ActorMention m = actorAt[token];
        return m != null && token + 1 == act && s.tokens().get(token).pos().startsWith("JJ") && m.tokenEnd() == token + 1
                && m.actor().country() == null && m.actor().origin() == ActorRef.Origin.DERIVED;
    }

    /**
     * A passive participle's agent the parse hung elsewhere ("supplied to the Houthis by Iran", where "by Iran"
     * went to the Houthis): the token of the actor after the first "by" that follows in the same phrase.
     */
    Optional<Integer> agentAfter(int after, List<ActorMention> target) {
        List<Token> ts = s.tokens();
        for (int k = after + 1; k < Math.min(ts.size() - 1, after + 8); k++) {
            String w = ts.get(k).word().toLowerCase(Locale.ROOT);
            if (PHRASE_BREAKS.contains(w) || ts.get(k).isVerb() && actorAt[k] == null) return Optional.empty();
            if (!w.equals("by")) continue;
            int a = k + 1;
            if (a < ts.size() && ts.get(a).pos().equals("DT") && actorAt[a] == null) a++;
            return a < ts.size() && actorAt[a] != null && !target.contains(actorAt[a]) ? Optional.of(a) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A common noun followed by the names of what it is: "allies Iran and Russia", "the group,
     * Hezbollah". Not a capital standing for its government after a town ("Irpin, Kyiv").
     */
    boolean apposed(int noun, int dependent) {
        ActorMention m = actorAt[dependent];
        if (m == null || m.basis() == MentionBasis.METONYM || !s.tokens().get(noun).pos().startsWith("NN")
                || s.tokens().get(noun).pos().startsWith("NNP")) return false;
        for (int k = noun + 1; k < m.tokenBegin(); k++) {       // only names, commas and "and" between: "allies Iran and Russia"
            String w = s.tokens().get(k).word();
            if (actorAt[k] == null && !w.equals(",") && !w.equalsIgnoreCase("and")) return false;
        }
        return true;
    }
}
