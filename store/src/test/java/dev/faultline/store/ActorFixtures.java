package dev.faultline.store;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.ActorRef.Affiliation;
import dev.faultline.domain.actor.ActorRef.Origin;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;

import java.util.List;

/** Actor references and mentions for the store tests: one of each origin, with every field set or empty. */
public final class ActorFixtures {
    /** A known state: no sector, a lineage of itself. */
    public static final ActorRef IRAN = new ActorRef("iran", "Iran", ActorKind.STATE, "IRN", null, "IRN",
            List.of("iran"), Origin.KNOWN, null);
    /** A known organ three levels deep, every field but the affiliation set. */
    public static final ActorRef QUDS_FORCE = new ActorRef("quds-force", "Quds Force", ActorKind.ORGANIZATION, "IRN",
            Sector.MIL, "IRNMILSPY", List.of("quds-force", "irgc", "iran"), Origin.KNOWN, null);
    /** A derived group: its affiliation set, no country, sector or CAMEO code. */
    public static final ActorRef RUSSIAN_BACKED = new ActorRef("fighters-backed-by-russia", "fighters backed by Russia",
            ActorKind.GROUP, null, null, null, List.of("fighters-backed-by-russia"), Origin.DERIVED,
            new Affiliation(LinkType.BACKED_BY, "russia"));
    /** A candidate whose name the text gave: quotes, an SQL look-alike and non-Latin letters. */
    public static final ActorRef CANDIDATE = new ActorRef("candidate-liwa-al-quds", "Liwa \"al-Quds\" '); DROP TABLE actors; -- \u0644\u0648\u0627\u0621",
            ActorKind.ORGANIZATION, "SYR", null, null, List.of("candidate-liwa-al-quds", "syria"), Origin.CANDIDATE, null);

    private ActorFixtures() {
    }

    /** A mention of {@code actor} at {@code [begin, begin + text.length())}, in sentence {@code begin / 100}. */
    public static ActorMention mention(int begin, String text, ActorRef actor, MentionBasis basis) {
        return new ActorMention(begin, begin + text.length(), begin / 100, begin % 100, begin % 100 + 1, text, actor, basis, 0.75);
    }

    public static ActorMention mention(int begin, String text, ActorRef actor) {
        return mention(begin, text, actor, MentionBasis.ALIAS);
    }
}
