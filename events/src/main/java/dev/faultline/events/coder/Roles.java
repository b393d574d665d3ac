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
 * unknown people "detain" someone, CAMEO and ACLED code an abduction (181, ASSAULT), not an arrest.
 */
final class Roles {
    private Roles() {
    }

    static Intents.Coding adjust(Intents.Coding c, List<ActorMention> source, CameoCatalog catalog) {
        if (c.type() != PloverType.COERCE || !c.cameo().startsWith("173") || source.isEmpty()) return c;
        if (source.stream().anyMatch(Roles::isStateAgent)) return c;
        Optional<CameoEntry> abduct = catalog.entry("181");
        return abduct.map(e -> new Intents.Coding(PloverType.ASSAULT, "abduct", c.context(), e.code(), e.goldstein())).orElse(c);
    }

    /** A state's organ, or an actor whose sector says it acts for a state (unknown-country police included). */
    private static boolean isStateAgent(ActorMention m) {
        Sector s = m.actor().sector();
        if (s != null && (s.isStateOrgan())) return true;
        return m.actor().kind() == dev.faultline.domain.actor.ActorKind.STATE || m.actor().kind() == dev.faultline.domain.actor.ActorKind.PERSON && s == null;
    }
}
