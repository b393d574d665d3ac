package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
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
        Optional<ActorRef> introduced = c.names.abbreviation(words.exact(w));
        if (introduced.isPresent()) {                              // "NSC" after "National Salvation Council (NSC)": the report's own
            c.emit(w, w + 1, introduced.get(), MentionBasis.ALIAS, 0.8);
            return w + 1;
        }
        Optional<DocumentAliases.Match> r = c.bestAlias(w);
        if (r.isEmpty()) return -1;
        DocumentAliases.Match m = r.get();
        if (longerBody(w, m)) return -1;                           // "The National" in "The National Salvation Council": another body
        if (c.organRunsPast(w, m.end())) return -1;                // "the UN-backed government": an organ, the state's own
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

    /**
     * Whether the recogniser's organisation at {@code w} runs past a known body's alias into a head
     * noun of its own ("The National" + "Salvation Council", "Hezbollah" + "Executive Council"): a
     * body of another name, which the knowledge base lacks.
     */
    private boolean longerBody(int w, DocumentAliases.Match m) {
        if (m.actor().kind() == ActorKind.PERSON || c.kb.state(m.actor().id()).isPresent()) return false;
        Words words = c.words();
        int start = words.loose(w).equals("the") ? w + 1 : w;           // the recogniser leaves the article out
        dev.faultline.domain.text.Mention name = start < words.size() ? c.nameAt(start) : null;
        if (name == null || name.type() != dev.faultline.domain.text.EntityType.ORGANIZATION) return false;
        int end = start;
        while (end < words.size() && words.token.get(end) < name.tokenEnd()) end++;
        return end > m.end() && words.anyCapital(m.end(), end) && DocumentNames.BODY_HEADS.contains(words.loose(end - 1));
    }
}
