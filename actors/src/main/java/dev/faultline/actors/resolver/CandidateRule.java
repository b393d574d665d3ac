package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names the entity recogniser found that the knowledge base lacks ({@link Candidates} says which may
 * be actors). A person named again by surname alone is the same candidate; a name whose last words
 * are a known person ("Hassan Nasrallah" where the base has "Nasrallah") is that person.
 */
final class CandidateRule implements Rule {
    private final ResolutionContext c;
    /** Candidate people of this document by surname, so "Rahal" after "Ahmed Rahal" is the same person. */
    private final Map<String, ActorRef> bySurname = new HashMap<>();

    CandidateRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        if (w > 0 && words.token.get(w - 1).equals(words.token.get(w))) return -1;
        Mention name = c.nameAt(w);
        if (name == null) return -1;
        int end = w;
        while (end < words.size() && words.token.get(end) < name.tokenEnd()) end++;
        for (int i = w + 1; i < end; i++) {
            Optional<DocumentAliases.Match> inner = c.bestAlias(i);
            if (inner.isEmpty()) continue;
            // "Hassan Nasrallah" where the base has "Nasrallah": the whole name is the known person
            if (name.type() == EntityType.PERSON && inner.get().end() == end && inner.get().actor().kind() == ActorKind.PERSON) {
                c.emit(w, end, c.knownRef(inner.get().actor().id()), MentionBasis.ALIAS, 0.85);
                return end;
            }
            return -1;
        }
        if (!Candidates.acceptable(words, w, end, c.kb, c.lowercaseWords)) return end;
        ActorKind kind = name.type() == EntityType.PERSON ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        String text = c.doc.text(words.tokenOf(w).begin(), words.tokenOf(end - 1).end());
        ActorRef ref;
        if (kind == ActorKind.PERSON) {
            String surname = words.loose(end - 1);
            ActorRef seen = bySurname.get(surname);
            ref = seen != null && (end - w == 1 || seen.name().equalsIgnoreCase(text)) ? seen : c.refs.candidate(text, kind);
            bySurname.putIfAbsent(surname, ref);
        } else {
            ref = c.refs.candidate(text, kind);
        }
        c.emit(w, end, ref, MentionBasis.CANDIDATE, 0.5);
        return end;
    }
}
