package dev.faultline.events.coder;

import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.TimeValue;

import java.util.List;
import java.util.Optional;

/**
 * When what a sentence tells happened: the sentence's own date; else the last date of the few
 * sentences before it, as the story goes on ("On 3 May, militants attacked X. They killed two.");
 * else the article's; null when the article has none.
 */
final class NarrativeDates {
    /** How far back a sentence without a date of its own looks for one. */
    private static final int REACH = 3;

    private NarrativeDates() {
    }

    static EventDate of(ResolvedDocument rd, int sentence) {
        for (int k = sentence; k >= Math.max(0, sentence - REACH); k--) {
            List<Mention> ms = rd.document().mentionsIn(k);
            boolean own = k == sentence;
            for (int i = own ? 0 : ms.size() - 1; own ? i < ms.size() : i >= 0; i += own ? 1 : -1) {
                Optional<TimeValue> t = ms.get(i).time();
                if (t.isPresent() && t.get().kind() == TimeValue.Kind.DATE && t.get().start().isPresent()) {
                    EventDate.Basis basis = !own ? EventDate.Basis.INFERRED
                            : t.get().relative() ? EventDate.Basis.RELATIVE : EventDate.Basis.EXPLICIT;
                    return new EventDate(t.get().start().get(), basis);
                }
            }
        }
        Article a = rd.document().article();
        return a.published() == null ? null : new EventDate(a.published().date(), EventDate.Basis.ARTICLE);
    }
}
