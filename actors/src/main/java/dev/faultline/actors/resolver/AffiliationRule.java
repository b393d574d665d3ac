package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Qualifier;

import java.util.Optional;

/**
 * Groups a report defines by their backer and an affiliation cue: "pro-Iranian Shiite militias",
 * "Russian-backed fighters", "Turkish-backed and Qatari-allied fighters" (two backers sharing one noun).
 */
final class AffiliationRule implements Rule {
    private final ResolutionContext c;

    AffiliationRule(ResolutionContext c) {
        this.c = c;
    }

    /** Who a cue ties the group to: a known actor, or a name the recogniser found that the base lacks ("pro-Maduro"). */
    private record Backer(String id, String name, int end) {}

    @Override
    public int at(int w) {
        Words words = c.words();
        AffiliationCue before = c.vocab.cuesBefore.get(words.loose(w));
        if (before != null) {
            Optional<Backer> backer = backerAt(w + 1);
            if (backer.isPresent()) {
                int end = group(w, backer.get().end(), backer.get(), before);
                if (end > 0) return end;
            }
            return -1;
        }
        Optional<Backer> backer = backerAt(w);
        if (backer.isEmpty()) return -1;
        if (c.organRunsPast(w, backer.get().end())) return -1;      // "the UN-backed government": an organ, the state's own
        AffiliationCue after = c.vocab.cuesAfter.get(words.loose(backer.get().end()));
        if (after == null) return -1;
        return group(w, backer.get().end() + 1, backer.get(), after);
    }

    /** The backer named at word {@code w}: a known actor's alias, else the recogniser's person or organisation there. */
    private Optional<Backer> backerAt(int w) {
        Optional<DocumentAliases.Match> known = c.bestAlias(w);
        if (known.isPresent()) return Optional.of(new Backer(known.get().actor().id(), known.get().actor().name(), known.get().end()));
        Words words = c.words();
        if (w >= words.size() || words.exact(w).isEmpty() || !Character.isUpperCase(words.exact(w).charAt(0))) return Optional.empty();
        Optional<ActorRef> seen = c.names.surname(words.loose(w));            // "pro-Maduro" after "Nicolás Maduro"
        if (seen.isPresent()) return Optional.of(new Backer(seen.get().id(), seen.get().name(), w + 1));
        dev.faultline.domain.text.Mention name = c.nameAt(w);
        if (name == null || name.type() != dev.faultline.domain.text.EntityType.PERSON
                && name.type() != dev.faultline.domain.text.EntityType.ORGANIZATION) return Optional.empty();
        int end = w;                                                  // capitalised words of the name: "Maduro" of "Maduro-backed"
        while (end < words.size() && words.token.get(end) < name.tokenEnd() && !words.exact(end).isEmpty()
                && Character.isUpperCase(words.exact(end).charAt(0))) end++;
        if (!Candidates.acceptable(words, w, end, c.kb, c.lowercaseWords)) return Optional.empty();
        String text = words.exactPhrase(w, end);
        var kind = name.type() == dev.faultline.domain.text.EntityType.PERSON ? dev.faultline.domain.actor.ActorKind.PERSON
                : dev.faultline.domain.actor.ActorKind.ORGANIZATION;
        ActorRef ref = c.names.spelling(text).orElseGet(() -> c.refs.candidate(text, kind));
        return Optional.of(new Backer(ref.id(), ref.name(), end));
    }

    private int group(int from, int k, Backer backer, AffiliationCue cue) {
        Words words = c.words();
        Qualifier qualifier = null;
        while (c.vocab.qualifiers.containsKey(words.loose(k))) qualifier = c.vocab.qualifiers.get(words.loose(k++));
        Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.cuedOrgans.longestAt(words.loose, k);
        if (organ.isEmpty() && qualifier == null && (words.loose(k).equals("and") || words.loose(k).equals("or"))) {
            Optional<PhraseTrie.Match<GenericOrgan>> shared = sharedOrgan(k + 1);   // "Russian-backed and Iranian-allied fighters"
            if (shared.isPresent()) {
                c.emit(from, k, c.refs.affiliated(shared.get().first(), null, cue.link(), backer.id(), backer.name(), null),
                        MentionBasis.AFFILIATION, 0.7);
                return k;
            }
        }
        if (organ.isEmpty()) return -1;
        c.emit(from, organ.get().end(), c.refs.affiliated(organ.get().first(), qualifier, cue.link(), backer.id(), backer.name(), null),
                MentionBasis.AFFILIATION, 0.8);
        return organ.get().end();
    }

    /** The organ after a second backer and cue starting at {@code w} ("... and Iranian-allied fighters"), which the first shares. */
    private Optional<PhraseTrie.Match<GenericOrgan>> sharedOrgan(int w) {
        Words words = c.words();
        Optional<Backer> backer = backerAt(w);
        if (backer.isEmpty() || !c.vocab.cuesAfter.containsKey(words.loose(backer.get().end()))) return Optional.empty();
        int k = backer.get().end() + 1;
        while (c.vocab.qualifiers.containsKey(words.loose(k))) k++;
        return c.vocab.cuedOrgans.longestAt(words.loose, k);
    }
}
