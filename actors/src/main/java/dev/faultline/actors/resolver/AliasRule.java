package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.StateProfile;

import java.util.Optional;

/**
 * Knowledge-base aliases and what they compose with: a state's name is read by {@link StateNameRule};
 * a person's possessive with an organ is their state's organ ("Assad's army"); a group's name with
 * its members' noun is the group ("Hezbollah fighters", "ISIS militants").
 */
final class AliasRule implements Rule {
    private final ResolutionContext c;
    private final StateNameRule states;

    AliasRule(ResolutionContext c, StateNameRule states) {
        this.c = c;
        this.states = states;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        Optional<DocumentAliases.Match> r = c.bestAlias(w);
        if (r.isEmpty()) return -1;
        DocumentAliases.Match m = r.get();
        // "the pro-Assad coalition" with no organ the cue could define: a group on Assad's side, not Assad
        if (w > 0 && c.vocab.cuesBefore.containsKey(words.loose(w - 1)) && words.token.get(w - 1).equals(words.token.get(w))) return m.end();
        Actor a = m.actor();
        Optional<StateProfile> state = c.kb.state(a.id());
        if (state.isPresent()) return states.at(w, m, state.get());
        if (a.kind() == ActorKind.PERSON && words.loose(m.end()).equals("s") && a.country() != null) {
            Optional<StateProfile> of = c.kb.stateByIso3(a.country());
            Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.organs.longestAt(words.loose, m.end() + 1);
            if (of.isPresent() && organ.isPresent() && !c.isPersonNoun(organ.get())) {
                c.emit(w, organ.get().end(), c.organRef(of.get(), organ.get()), MentionBasis.ORGAN, 0.85);
                return organ.get().end();
            }
        }
        int end = m.end();
        if (a.kind() != ActorKind.PERSON) {                       // "Hezbollah fighters", "ISIS militants": the group itself
            Optional<PhraseTrie.Match<GenericOrgan>> members = c.vocab.organs.longestAt(words.loose, m.end());
            if (members.isPresent() && !words.anyCapital(m.end(), members.get().end())) end = members.get().end();
        }
        MentionBasis basis = switch (m.claim().alias().kind()) {
            case EPITHET -> MentionBasis.EPITHET;
            case METONYM -> MentionBasis.METONYM;
            default -> MentionBasis.ALIAS;
        };
        c.emit(w, end, c.knownRef(a.id()), basis, m.ambiguous() ? 0.7 : 0.95);
        return end;
    }
}
