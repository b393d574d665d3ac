package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.StateProfile;

import java.util.Optional;

/**
 * People named by what they are ("civilians", "the rebels", "police"). A state organ named with no
 * state ("police arrested", "troops fired") is an actor of unknown country rather than no actor: the
 * event is real even when the report leaves the state implicit. After "its" it is the organ of the
 * state just named ("the Israeli military said its air force struck"); after qualifiers a described
 * group ("Kurdish fighters").
 */
final class GenericOrganRule implements Rule {
    private final ResolutionContext c;

    GenericOrganRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        // A capital says a name ("Police" the band), except on a sentence's first word ("Protesters gathered").
        int from = words.token.get(w) == 0 && sentenceInitialOnly(w) ? w + 1 : w;
        if (words.anyCapital(from, w + 1)) return -1;
        Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.organs.longestAt(words.loose, w);
        if (organ.isEmpty()) return -1;
        if (organ.get().first().relation() == GenericOrgan.Relation.ASSET_OF) return -1;   // "targets" alone are no one
        if (words.anyCapital(from, organ.get().end())) return -1;
        boolean ofState = organ.get().first().relation() == GenericOrgan.Relation.PART_OF;
        if (ofState && !kindWord(words, w, organ.get().end()) && words.loose(w - 1).equals("its")) {   // "the Israeli military said its air force struck"
            Optional<StateProfile> owner = possessingState();
            if (owner.isPresent()) {
                c.emit(w, organ.get().end(), c.organRef(owner.get(), organ.get()), MentionBasis.COREFERENCE, 0.6);
                return organ.get().end();
            }
        }
        int described = w;                                              // "Kurdish fighters", "Shiite militias": a described group
        while (described > 0 && c.vocab.qualifiers.containsKey(words.loose(described - 1))) described--;
        if (described < w) {
            c.emit(described, organ.get().end(), c.refs.described(organ.get().first(), c.vocab.qualifiers.get(words.loose(described))),
                    MentionBasis.ORGAN, 0.6);
            return organ.get().end();
        }
        c.emit(w, organ.get().end(), c.refs.generic(organ.get().first()), MentionBasis.ORGAN, ofState ? 0.5 : 0.6);
        return organ.get().end();
    }

    /** An organ's one word [w, end) tagged as an adjective before a noun says a kind of thing: "its military aid". */
    static boolean kindWord(Words words, int w, int end) {
        return end == w + 1 && words.tokenOf(w).pos().startsWith("JJ") && w + 1 < words.size() && words.tokenOf(w + 1).pos().startsWith("NN");
    }

    /**
     * The state an "its" refers to: the newest actor within reach that is not a person, when it is a
     * state or one of a state's organs ("The IDF said its jets"). A group ("Hamas said its
     * fighters") owns no state's organs, so it gives none.
     */
    private Optional<StateProfile> possessingState() {
        Optional<ActorMention> newest = c.antecedent(m -> m.actor().kind() != ActorKind.PERSON);
        if (newest.isEmpty()) return Optional.empty();
        ActorRef a = newest.get().actor();
        if (a.kind() == ActorKind.STATE) return c.kb.state(a.id());
        if (a.country() == null || a.sector() == null || !a.sector().isStateOrgan()) return Optional.empty();
        return c.kb.stateByIso3(a.country());
    }

    /** True when the word's only capital is its first letter ("Protesters", not "NATO" or "McCain"). */
    private boolean sentenceInitialOnly(int w) {
        String s = c.words().exact.get(w);
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return false;
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }
}
