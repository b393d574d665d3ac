package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The actor mentions read so far in one document, in reading order, each with its place in its
 * clause: what pronouns and nominals look back at. A mention older than {@link #REACH} sentences
 * before the current one is out of reach.
 */
final class FoundActors {
    /** How many sentences back a pronoun or nominal may look for its antecedent. */
    static final int REACH = 3;

    /** Where a mention stands in its sentence: its first word, the word after its last, whether it reads as a subject. */
    record Role(int word, int end, boolean subject) {}

    private final List<ActorMention> mentions = new ArrayList<>();
    /** Each mention's place in its clause, parallel to {@link #mentions}. */
    private final List<Role> roles = new ArrayList<>();

    void add(ActorMention m, Role role) {
        mentions.add(m);
        roles.add(role);
    }

    /** Whether a mention so far ends after character {@code begin}: those characters are already an actor. */
    boolean endsAfter(int begin) {
        return !mentions.isEmpty() && mentions.get(mentions.size() - 1).end() > begin;
    }

    List<ActorMention> all() {
        return mentions;
    }

    int size() {
        return mentions.size();
    }

    ActorMention get(int i) {
        return mentions.get(i);
    }

    Role role(int i) {
        return roles.get(i);
    }

    /** The newest mention within reach of sentence {@code sentence} that {@code fits}. */
    Optional<ActorMention> newest(int sentence, Predicate<ActorMention> fits) {
        return newest(sentence, (m, r) -> fits.test(m));
    }

    /** The newest mention within reach of sentence {@code sentence} that {@code fits}, with its place in its clause. */
    Optional<ActorMention> newest(int sentence, BiPredicate<ActorMention, Role> fits) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.sentence() < sentence - REACH) break;
            if (fits.test(m, roles.get(i))) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** The newest mention of the document so far that {@code fits}, however far back. */
    Optional<ActorMention> newestAnywhere(Predicate<ActorMention> fits) {
        for (int i = mentions.size() - 1; i >= 0; i--) if (fits.test(mentions.get(i))) return Optional.of(mentions.get(i));
        return Optional.empty();
    }

    /** Whether a mention with role {@code r} lies in sentence {@code sentence}'s clause that starts at word {@code clauseStart}. */
    static boolean inClause(ActorMention m, Role r, int sentence, int clauseStart) {
        return m.sentence() == sentence && r.word() >= clauseStart;
    }
}
