package dev.faultline.actors.resolver;

import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;

import java.util.Optional;

/**
 * A body's short form after its long name: "the Council" after "the National Salvation Council", "the
 * Salvation Council", "the Brigades" ({@link DocumentNames}). Lower case too ("the council"), since the
 * nouns that name people of a kind ("the forces") are read before this rule.
 */
final class ShortFormRule implements Rule {
    private final ResolutionContext c;

    ShortFormRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        if (!words.loose(w).equals("the")) return -1;
        for (int n = 2; n >= 1; n--) {
            int end = w + 1 + n;
            if (end > words.size() || words.anyCapital(end, end + 1)) continue;   // "the Council Chamber": another name
            if (words.loose(end).equals("of") && words.anyCapital(end + 1, end + 2)) continue;   // "the Council of Ministers"
            Optional<ActorRef> ref = c.names.shortForm(String.join(" ", words.loose.subList(w + 1, end)));
            if (ref.isEmpty()) continue;
            c.emit(w, end, ref.get(), MentionBasis.COREFERENCE, 0.55);
            c.endingAt(end).ifPresent(m -> c.alias(m, words.exactPhrase(w + 1, end)));
            return end;
        }
        return -1;
    }
}
