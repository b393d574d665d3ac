package dev.faultline.store;

import dev.faultline.domain.Article;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;

import java.util.List;

/** Attribution chains and force claims for the store tests. */
public final class ClaimFixtures {
    /** A news outlet the knowledge base holds, named in the text. */
    public static final ActorRef BAS_NEWS = new ActorRef("bas-news", "Bas News \"\u0628\u0627\u0633\"", ActorKind.ORGANIZATION,
            "IRQ", Sector.MED, null, List.of("bas-news"), ActorRef.Origin.KNOWN, null);

    private ClaimFixtures() {
    }

    /**
     * A three-link chain: the outlet (no offsets, no actor), Bas News at {@code [10, 18)} resolved to
     * {@link #BAS_NEWS}, and an anonymous official at {@code [30, 53)} with quotes, a backslash and an
     * SQL look-alike in its words.
     */
    public static List<Attribution> chain() {
        return List.of(Attribution.outlet("DEBKA Weekly"),
                new Attribution("Bas News", AttributionKind.MEDIA, BAS_NEWS, 10, 18),
                new Attribution("an \"official\" \\ '); --\n", AttributionKind.ANONYMOUS, null, 30, 53));
    }

    /** A claim of {@code a} at {@code [begin, end)} of {@code personnel} of {@code actor}'s forces, no place, no chain. */
    public static ForceClaim claim(Article a, String id, int begin, int end, ActorRef actor, long personnel, PartialDate date) {
        return new ForceClaim(id, a.id(), 0, begin, end, "claim " + id,
                new ActorMention(begin, begin + 1, 0, 0, 1, actor.name(), actor, MentionBasis.ALIAS, 0.5),
                personnel, Estimate.ABOUT, date == null ? null : new EventDate(date, EventDate.Basis.ARTICLE), null,
                Modality.REPORTED, List.of());
    }
}
