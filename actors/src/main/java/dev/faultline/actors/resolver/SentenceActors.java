package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actors read in one sentence, each with the words of {@link Words} it covers, in order: what the
 * readers of stated relations and identities look at once every actor of the document is known.
 */
final class SentenceActors {
    /** A mention, its words [from, to), and whether it reads as its clause's subject. */
    record Placed(ActorMention mention, int from, int to, boolean subject) {
        boolean person() {
            return mention.actor().kind() == ActorKind.PERSON;
        }
    }

    final Words words;
    final List<Placed> placed;
    private final FoundActors found;

    private SentenceActors(Words words, List<Placed> placed, FoundActors found) {
        this.words = words;
        this.placed = List.copyOf(placed);
        this.found = found;
    }

    /** The actors of {@code words}' sentence among everything found so far. */
    static SentenceActors of(Words words, FoundActors found) {
        List<Placed> placed = new ArrayList<>();
        int sentence = words.sentence.index();
        for (int i = 0; i < found.size(); i++) {
            ActorMention m = found.get(i);
            if (m.sentence() == sentence) placed.add(new Placed(m, found.role(i).word(), found.role(i).end(), found.role(i).subject()));
        }
        placed.sort(java.util.Comparator.comparingInt(Placed::from));
        return new SentenceActors(words, placed, found);
    }

    Optional<Placed> startingAt(int w) {
        for (Placed p : placed) if (p.from == w) return Optional.of(p);
        return Optional.empty();
    }

    Optional<Placed> endingAt(int w) {
        for (Placed p : placed) if (p.to == w) return Optional.of(p);
        return Optional.empty();
    }

    /** The mention covering word {@code w}. */
    Optional<Placed> covering(int w) {
        for (Placed p : placed) if (p.from <= w && w < p.to) return Optional.of(p);
        return Optional.empty();
    }

    /**
     * What an owner pronoun at word {@code w} stands for ("its leader", "their allies"): the nearest
     * actor before it in the sentence, else the newest subject of the sentences before, else the newest
     * actor within reach; a person exactly when {@code person} says so. An actor of an earlier sentence
     * comes with no words of this one (-1, -1).
     */
    Optional<Placed> owner(int w, boolean person) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed p = placed.get(i);
            if (p.to <= w && p.person() == person) return Optional.of(p);
        }
        int sentence = words.sentence.index();
        java.util.function.BiPredicate<ActorMention, FoundActors.Role> fits = (m, r) -> m.sentence() < sentence
                && (m.actor().kind() == ActorKind.PERSON) == person;
        return found.newest(sentence, (m, r) -> fits.test(m, r) && r.subject()).or(() -> found.newest(sentence, fits))
                .map(m -> new Placed(m, -1, -1, true));
    }
}
