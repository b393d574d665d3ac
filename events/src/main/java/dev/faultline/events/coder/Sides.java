package dev.faultline.events.coder;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The actors a word of an act's side names: the actor read at it, or the one its phrase points to
 * ("members of Hezbollah", "Hezbollah's forces", "the commander, Qassem Soleimani", "allies Iran and
 * Russia", "leaders, including Lula"), with the actors conjoined to it; and the sentence's own name
 * for a pronoun. Reads one parsed sentence and the actors found in it (by token); made per sentence
 * by the coder, never shared.
 */
final class Sides {
    /** Heads that stand for the people of their "of" phrase: "a group of citizens", "dozens of protesters". */
    private static final Set<String> COLLECTIVE = CoderWords.of("collective-heads");
    /** Titles a person is named by in apposition: "X, the commander of Y". */
    private static final Set<String> TITLES = CoderWords.of("person-titles");

    private final ResolvedDocument rd;
    private final Sentence s;
    private final DependencyGraph g;
    private final ActorMention[] actorAt;
    private final Parties parties;

    Sides(ResolvedDocument rd, Sentence s, DependencyGraph g, ActorMention[] actorAt, Parties parties) {
        this.rd = rd;
        this.s = s;
        this.g = g;
        this.actorAt = actorAt;
        this.parties = parties;
    }

    /**
     * A pronoun or nominal whose actor the sentence also names ("Netanyahu says he will seek") stands
     * for that name: the event cites the words that name its actor.
     */
    void named(List<ActorMention> side) {
        for (int i = 0; i < side.size(); i++) {
            ActorMention m = side.get(i);
            if (m.basis() != MentionBasis.COREFERENCE) continue;
            for (ActorMention n : rd.actorsIn(s.index())) {
                if (n.basis() != MentionBasis.COREFERENCE && n.actor().id().equals(m.actor().id())) {
                    side.set(i, n);
                    break;
                }
            }
        }
    }

    /** The actor a dependent names, with any actors conjoined to it ("Russia and Iran"). */
    void add(List<ActorMention> into, int token) {
        Set<ActorMention> found = new LinkedHashSet<>();
        collect(found, token, 0);
        for (Dependency d : g.dependentsOf(token)) if (d.relation().equals("conj") || d.relation().startsWith("conj:")) collect(found, d.dependent(), 0);
        for (ActorMention m : found) if (!into.contains(m)) into.add(m);
    }

    private void collect(Set<ActorMention> found, int token, int depth) {
        if (actorAt[token] != null && COLLECTIVE.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
            // "members of Hezbollah": Hezbollah, not members of no one in particular
            for (Dependency d : g.dependentsOf(token)) {
                if (d.relation().equals("nmod:of") && actorAt[d.dependent()] != null && actorAt[d.dependent()] != actorAt[token]) {
                    found.add(actorAt[d.dependent()]);
                    return;
                }
            }
        }
        if (actorAt[token] != null && ofNoOne(actorAt[token])) {
            // "Hezbollah's forces", "the rebels' fighters": the possessor's, not forces of no one in particular
            for (Dependency d : g.dependentsOf(token)) {
                ActorMention owner = d.relation().equals("nmod:poss") ? actorAt[d.dependent()] : null;
                if (owner != null && owner != actorAt[token]) {
                    found.add(owner);
                    return;
                }
            }
        }
        ActorMention named = namedInApposition(token);
        if (actorAt[token] != null) {
            boolean generic = actorAt[token].actor().origin() != ActorRef.Origin.KNOWN;
            found.add(named != null && generic ? named : actorAt[token]);   // "the commander of the force, Qassem Soleimani"
            return;
        }
        if (named != null && TITLES.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
            found.add(named);                                           // "Qassem Soleimani, the Commander of the Quds Force"
            return;
        }
        if (depth >= 1) return;
        List<ActorMention> inApposition = new ArrayList<>();            // "Assad's allies Iran and Russia": the names, not the possessor
        for (Dependency d : g.dependentsOf(token)) {
            if ((d.relation().equals("appos") || d.relation().equals("dep")) && parties.apposed(token, d.dependent())) {
                inApposition.add(actorAt[d.dependent()]);
            }
        }
        if (!inApposition.isEmpty()) {
            found.addAll(inApposition);
            return;
        }
        for (Dependency d : g.dependentsOf(token)) {                    // "leaders, including Lula": the members it names, with the group
            if (d.relation().equals("nmod:including") && actorAt[d.dependent()] != null) found.add(actorAt[d.dependent()]);
        }
        for (Dependency d : g.dependentsOf(token)) {                    // "its forces": the possessor; "Iranian troops": the modifier
            if (d.relation().equals("compound")) {
                collect(found, d.dependent(), depth);                   // "the ISIS group bastion": one noun of nouns
            } else if (d.relation().equals("nmod:poss") || d.relation().equals("amod")) {
                collect(found, d.dependent(), depth + 1);
            } else if (d.relation().equals("nmod:of") && COLLECTIVE.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
                collect(found, d.dependent(), depth + 1);               // "a group of citizens", "members of Hezbollah"
            }
        }
    }

    /** A generic organ of no state and no name ("forces", "fighters"): whose it is, the words around it say. */
    private boolean ofNoOne(ActorMention m) {
        return m.actor().origin() == ActorRef.Origin.DERIVED && m.actor().country() == null && m.actor().kind() == ActorKind.GROUP;
    }

    /**
     * The person a phrase names in apposition, after it ("the commander, Qassem Soleimani") or
     * before it ("Qassem Soleimani, the commander of ..."), or null.
     */
    private ActorMention namedInApposition(int head) {
        for (Dependency d : g.dependentsOf(head)) {
            ActorMention m = actorAt[d.dependent()];
            if (d.relation().equals("appos") && m != null && m.actor().kind() == ActorKind.PERSON) return m;
        }
        int start = head;
        for (Dependency d : g.dependentsOf(head)) {
            String r = d.relation();
            if (r.equals("det") || r.equals("amod") || r.equals("compound")) start = Math.min(start, d.dependent());
        }
        if (start >= 2 && s.tokens().get(start - 1).word().equals(",")) {
            ActorMention m = actorAt[start - 2];
            if (m != null && m.actor().kind() == ActorKind.PERSON) return m;
        }
        return null;
    }
}
