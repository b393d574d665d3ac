package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
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

    @Override
    public int at(int w) {
        Words words = c.words();
        AffiliationCue before = c.vocab.cuesBefore.get(words.loose(w));
        if (before != null) {
            Optional<DocumentAliases.Match> backer = c.bestAlias(w + 1);
            if (backer.isPresent()) {
                int end = group(w, backer.get().end(), backer.get().actor(), before);
                if (end > 0) return end;
            }
            return -1;
        }
        Optional<DocumentAliases.Match> backer = c.bestAlias(w);
        if (backer.isEmpty()) return -1;
        if (c.organRunsPast(w, backer.get().end())) return -1;      // "the UN-backed government": an organ, the state's own
        AffiliationCue after = c.vocab.cuesAfter.get(words.loose(backer.get().end()));
        if (after == null) return -1;
        return group(w, backer.get().end() + 1, backer.get().actor(), after);
    }

    private int group(int from, int k, Actor backer, AffiliationCue cue) {
        Words words = c.words();
        Qualifier qualifier = null;
        while (c.vocab.qualifiers.containsKey(words.loose(k))) qualifier = c.vocab.qualifiers.get(words.loose(k++));
        Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.cuedOrgans.longestAt(words.loose, k);
        if (organ.isEmpty() && qualifier == null && (words.loose(k).equals("and") || words.loose(k).equals("or"))) {
            Optional<PhraseTrie.Match<GenericOrgan>> shared = sharedOrgan(k + 1);   // "Russian-backed and Iranian-allied fighters"
            if (shared.isPresent()) {
                c.emit(from, k, c.refs.affiliated(shared.get().first(), null, cue.link(), backer), MentionBasis.AFFILIATION, 0.7);
                return k;
            }
        }
        if (organ.isEmpty()) return -1;
        c.emit(from, organ.get().end(), c.refs.affiliated(organ.get().first(), qualifier, cue.link(), backer), MentionBasis.AFFILIATION, 0.8);
        return organ.get().end();
    }

    /** The organ after a second backer and cue starting at {@code w} ("... and Iranian-allied fighters"), which the first shares. */
    private Optional<PhraseTrie.Match<GenericOrgan>> sharedOrgan(int w) {
        Words words = c.words();
        Optional<DocumentAliases.Match> backer = c.bestAlias(w);
        if (backer.isEmpty() || !c.vocab.cuesAfter.containsKey(words.loose(backer.get().end()))) return Optional.empty();
        int k = backer.get().end() + 1;
        while (c.vocab.qualifiers.containsKey(words.loose(k))) k++;
        return c.vocab.cuedOrgans.longestAt(words.loose, k);
    }
}
