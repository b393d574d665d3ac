package dev.faultline.domain.claim;

import dev.faultline.domain.actor.ActorRef;

import java.util.Objects;

/**
 * One link of a chain of attribution: who says it. A chain runs from the outlet that published the
 * report inwards: "the Jerusalem Post reported that an official told Bas News that..." is the outlet,
 * then the Jerusalem Post, then Bas News, then the official.
 *
 * @param text  the words naming the source ("DEBKAfile's military and intelligence sources"), or the
 *              outlet's name for the first link
 * @param actor the actor the source resolves to, or null when it resolves to none (an outlet the
 *              knowledge base does not hold, "a military analyst")
 * @param begin character offset into the article's text, or -1 for the outlet, which the text need not name
 * @param end   end offset, or -1 with {@code begin}
 */
public record Attribution(String text, AttributionKind kind, ActorRef actor, int begin, int end) {
    public Attribution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) throw new IllegalArgumentException("an attribution names its source");
        if (begin == -1 != (end == -1)) throw new IllegalArgumentException("'" + text + "': offsets come together");
        if (begin != -1 && (begin < 0 || end <= begin)) throw new IllegalArgumentException("'" + text + "': bad span [" + begin + ", " + end + ")");
    }

    /** The publishing outlet, the first link of every chain whose article names one. */
    public static Attribution outlet(String name) {
        return new Attribution(name, AttributionKind.MEDIA, null, -1, -1);
    }

    /** Whether the link is words of the report, as opposed to the outlet from the article's metadata. */
    public boolean inText() {
        return begin >= 0;
    }
}
