package dev.faultline.eval.acled;

import java.util.Map;
import java.util.Optional;

/** ACLED sub-event type → PLOVER type, frozen from the suite's README (do not tune it to results). */
final class AcledTypes {
    private static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("Armed clash", "ASSAULT"), Map.entry("Government regains territory", "ASSAULT"),
            Map.entry("Non-state actor overtakes territory", "ASSAULT"),
            Map.entry("Shelling/artillery/missile attack", "ASSAULT"), Map.entry("Air/drone strike", "ASSAULT"),
            Map.entry("Remote explosive/landmine/IED", "ASSAULT"), Map.entry("Suicide bomb", "ASSAULT"),
            Map.entry("Grenade", "ASSAULT"), Map.entry("Chemical weapon", "ASSAULT"),
            Map.entry("Attack", "ASSAULT"), Map.entry("Abduction/forced disappearance", "ASSAULT"),
            Map.entry("Sexual violence", "ASSAULT"), Map.entry("Mob violence", "ASSAULT"),
            Map.entry("Excessive force against protesters", "COERCE"),
            Map.entry("Peaceful protest", "PROTEST"), Map.entry("Protest with intervention", "PROTEST"),
            Map.entry("Violent demonstration", "PROTEST"), Map.entry("Arrests", "COERCE"),
            Map.entry("Agreement", "AGREE"), Map.entry("Headquarters or base established", "MOBILIZE"),
            Map.entry("Looting/property destruction", "ASSAULT"), Map.entry("Non-violent transfer of territory", "RETREAT"));

    private AcledTypes() {}

    /** Empty for sub-types that are not scored (Change to group/activity, Disrupted weapons use, Other). */
    static Optional<String> plover(String subEventType) {
        return Optional.ofNullable(MAP.get(subEventType));
    }
}
