package dev.faultline.events.coder;

import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.event.PloverType;
import dev.faultline.events.cameo.CameoCatalog;
import dev.faultline.events.cameo.CameoEntry;

import java.util.List;
import java.util.Optional;

/**
 * Codings that depend on who acts. An arrest is a state's act: when only armed groups, criminals or
 * unknown people "detain" someone, CAMEO and ACLED code an abduction (181, ASSAULT), not an arrest. A
 * "strike" by workers, students or civilians is a strike from work (143, PROTEST), not an air strike.
 */
final class Roles {
    private Roles() {
    }

    /** {@code nationalFire}: the act's own words say a nation fires ("Israeli strikes"), so no strike from work is meant. */
    static Intents.Coding adjust(Intents.Coding c, List<ActorMention> source, CameoCatalog catalog, boolean nationalFire) {
        if (c.type() == PloverType.ASSAULT && c.cameo().equals("195") && !nationalFire && !source.isEmpty()
                && source.stream().allMatch(Roles::striker)) {
            // "taxi drivers held a strike", "teachers began a strike": a strike by people who bear no arms stops work
            Optional<CameoEntry> strike = catalog.entry("143");
            return strike.map(e -> new Intents.Coding(PloverType.PROTEST, "strike", List.of(), e.code(), e.goldstein())).orElse(c);
        }
        if (c.type() != PloverType.COERCE || !c.cameo().startsWith("173") || source.isEmpty()) return c;
        if (source.stream().anyMatch(Roles::isStateAgent)) return c;
        Optional<CameoEntry> abduct = catalog.entry("181");
        return abduct.map(e -> new Intents.Coding(PloverType.ASSAULT, "abduct", c.context(), e.code(), e.goldstein())).orElse(c);
    }

    /** People who strike by stopping work: workers, students, civilians, protesters, professions. */
    private static boolean striker(ActorMention m) {
        Sector s = m.actor().sector();
        return s == Sector.LAB || s == Sector.EDU || s == Sector.CVL || s == Sector.OPP || s == Sector.HLH || s == Sector.BUS
                || s == Sector.MED || s == Sector.REF;
    }

    /** A state's organ, or an actor whose sector says it acts for a state (unknown-country police included). */
    private static boolean isStateAgent(ActorMention m) {
        Sector s = m.actor().sector();
        if (s != null && (s.isStateOrgan())) return true;
        return m.actor().kind() == dev.faultline.domain.actor.ActorKind.STATE || m.actor().kind() == dev.faultline.domain.actor.ActorKind.PERSON && s == null;
    }
}
