package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasClaim;
import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.StateProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which knowledge-base actor a state's generic organ is, when the base has it: "Assad's army" and
 * "the Syrian army" are the Syrian Arab Army, "Israeli aircraft" the Israeli Air Force, "Russia's
 * defense ministry" the Russian Ministry of Defence. Asked as the base's own alias for "<adjective>
 * <the report's noun>", then "<adjective> <the organ's name>" (and the same with the state's name),
 * so one organ is never two actors, one derived and one known. The actor must be of that state and
 * belong to it on the report's date (the Syrian Arab Army only until December 2024: a declared link
 * upward must be in force), and the alias
 * must name no other actor.
 */
final class StateOrgans {
    private final KnowledgeBase kb;
    private final PhraseTrie<AliasClaim> aliases;

    StateOrgans(KnowledgeBase kb, PhraseTrie<AliasClaim> aliases) {
        this.kb = kb;
        this.aliases = aliases;
    }

    Optional<Actor> known(StateProfile state, List<String> noun, GenericOrgan organ, LocalDate date) {
        List<String> organName = Vocabulary.words(organ.id().replace('-', ' '));
        List<List<String>> heads = new ArrayList<>(List.of(Vocabulary.words(state.adjective())));
        kb.actor(state.actor()).ifPresent(a -> heads.add(Vocabulary.words(a.name())));
        for (List<String> tail : List.of(noun, organName)) {
            for (List<String> head : heads) {
                Optional<Actor> a = only(concat(head, tail), state, date);
                if (a.isPresent()) return a;
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> only(List<String> phrase, StateProfile state, LocalDate date) {
        for (PhraseTrie.Match<AliasClaim> m : aliases.allAt(phrase, 0)) {
            if (m.end() != phrase.size()) continue;
            List<String> ids = m.values().stream().map(AliasClaim::actor).distinct().toList();
            if (ids.size() != 1) return Optional.empty();
            return kb.actor(ids.get(0)).filter(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.STATE
                    && state.iso3().equals(a.country()) && serves(a, state, date));
        }
        return Optional.empty();
    }

    /** Whether the actor belongs to the state on the date: a declared upward link in force then, if it has any. */
    private boolean serves(Actor a, StateProfile state, LocalDate date) {
        List<Link> up = kb.linksFrom(a.id()).stream().filter(l -> l.type().isUpward()).toList();
        if (!up.isEmpty() && up.stream().noneMatch(l -> l.period().covers(date))) return false;
        return kb.lineage(a.id(), date).contains(state.actor());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
