package dev.faultline.eval.re3d;

import java.util.List;

/**
 * The system under test, seen from re3d: the entity mentions it finds in a document's text, already
 * mapped to re3d's type names (Person, Organisation, Location, Nationality, Temporal, Quantity,
 * Weapon, MilitaryPlatform).
 */
@FunctionalInterface
public interface Re3dSystem {
    List<Re3dDocument.Entity> entities(Re3dDocument document);

    /** The relations it finds in a document, mapped to FightingAgainst, AlliesOf, InChargeOf and BelongsTo; none by default. */
    default List<Re3dDocument.ProducedRelation> relations(Re3dDocument document) {
        return List.of();
    }
}
