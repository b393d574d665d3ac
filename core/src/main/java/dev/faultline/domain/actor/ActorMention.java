package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * One stretch of a report read as an actor. Offsets are characters into the article's clean text;
 * tokens are half-open indexes into the sentence's tokens.
 *
 * @param text       the words of the report
 * @param confidence 0..1, how sure the reading is
 */
public record ActorMention(int begin, int end, int sentence, int tokenBegin, int tokenEnd, String text,
                           ActorRef actor, MentionBasis basis, double confidence) {
    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(basis, "basis");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad actor mention offsets [" + begin + ", " + end + ") for '" + text + "'");
        if (sentence < 0 || tokenBegin < 0 || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("bad actor mention tokens " + sentence + ":[" + tokenBegin + ", " + tokenEnd + ") for '" + text + "'");
        }
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
    }

    @Override
    public String toString() {
        return actor.id() + "[" + text + "]/" + basis;
    }
}
