package dev.faultline.events.coder;

import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.events.cameo.CameoCatalog;
import dev.faultline.events.patterns.EventPattern;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An act a report says is yet to come is coded as the intent, as CAMEO and PLOVER code it: "Norway
 * will send material to help defend Saudi Arabia" is an agreement to give aid (AGREE, CAMEO 033), "the
 * army will attack" a threat of force (THREATEN, 138). Acts that are already verbal (appeals,
 * accusations, threats, agreements) keep their coding; the event's modality still says it is future.
 */
final class Intents {
    /** The coding of an event: what the pattern said, or its intent. */
    record Coding(PloverType type, String mode, List<String> context, String cameo, double goldstein) {}

    /** CAMEO's "express intent to ..." (03) and "threaten to ..." (13) codes for each material type. */
    private static final Map<PloverType, String> INTENT = Map.of(
            PloverType.CONSULT, "036", PloverType.SUPPORT, "032", PloverType.COOPERATE, "031", PloverType.AID, "033",
            PloverType.CONCEDE, "035", PloverType.RETREAT, "0356",
            PloverType.ASSAULT, "138", PloverType.COERCE, "137", PloverType.SANCTION, "131", PloverType.PROTEST, "133");

    /**
     * CAMEO's "demand" codes (10) for what a clause says someone must do: "Libya must hand over the
     * bombers" is a demand that Libya yield (105), "the US must mediate" a demand for mediation (108).
     */
    private static final Map<PloverType, String> DEMAND = Map.of(
            PloverType.AID, "103", PloverType.COOPERATE, "101", PloverType.SUPPORT, "102", PloverType.CONSULT, "106",
            PloverType.CONCEDE, "105", PloverType.RETREAT, "105", PloverType.AGREE, "107");

    /**
     * CAMEO's "reject" codes (12) for an act refused or negated: "Syria will not accept refugees",
     * "refused to send aid" (122), "rejected talks" (125); any other act refused is a plain rejection (120).
     */
    private static final Map<PloverType, String> REFUSAL = Map.of(
            PloverType.AGREE, "127", PloverType.COOPERATE, "121", PloverType.AID, "122", PloverType.CONSULT, "125",
            PloverType.CONCEDE, "124", PloverType.RETREAT, "124", PloverType.SUPPORT, "120");

    private Intents() {
    }

    /** Whether negating an act of this type is refusing it ("did not agree", "will not accept"): the cooperative types. */
    static boolean refusable(PloverType type) {
        return REFUSAL.containsKey(type);
    }

    /** An act the clause says was refused, left undone or negated, coded as the rejection it reports. */
    static Coding refused(EventPattern p, CameoCatalog catalog) {
        return as(REFUSAL.getOrDefault(p.type(), "120"), p, catalog).orElseGet(() -> plain(p));
    }

    /** An act the clause says someone demanded, coded as the demand. */
    static Coding demanded(EventPattern p, CameoCatalog catalog) {
        return as(DEMAND.getOrDefault(p.type(), "100"), p, catalog).orElseGet(() -> plain(p));
    }

    /** As {@link #of(EventPattern, Modality, CameoCatalog)}, and an act the clause says must happen is a demand for it. */
    static Coding of(EventPattern p, Modality modality, CameoCatalog catalog, boolean obliged) {
        Optional<Coding> demand = obliged ? as(DEMAND.get(p.type()), p, catalog) : Optional.empty();
        return demand.orElseGet(() -> of(p, modality, catalog));
    }

    static Coding of(EventPattern p, Modality modality, CameoCatalog catalog) {
        if (modality != Modality.FUTURE) return plain(p);
        return as(INTENT.get(p.type()), p, catalog).orElseGet(() -> plain(p));
    }

    private static Coding plain(EventPattern p) {
        return new Coding(p.type(), p.mode(), p.context(), p.cameo().code(), p.cameo().goldstein());
    }

    /** The act coded as CAMEO {@code code} (its type as the mode), when the table has that code with a PLOVER type. */
    private static Optional<Coding> as(String code, EventPattern p, CameoCatalog catalog) {
        if (code == null) return Optional.empty();
        return catalog.entry(code).filter(e -> e.type().isPresent()).map(e -> new Coding(e.type().get(),
                p.type().name().toLowerCase(java.util.Locale.ROOT), p.context(), e.code(), e.goldstein()));
    }
}
