package dev.faultline.events.patterns;

import dev.faultline.domain.event.PloverType;

import java.util.List;
import java.util.Objects;

/**
 * One event pattern: its trigger, the words that mark its target ({@code "object"} for a verb's
 * direct object, else prepositions), and its coding.
 *
 * @param mode          PLOVER mode, empty when the type has none here
 * @param withoutActors whether the trigger alone says the event happened, so that it is coded though the sentence
 *                      names no actor: violence ("an explosion near the station") and protest named by its
 *                      common word ("a sit-in was held outside the ministry")
 */
public record EventPattern(Trigger trigger, List<String> target, PloverType type, String mode, List<String> context,
                           CameoCode cameo, boolean withoutActors) {
    public static final String OBJECT = "object";

    public EventPattern {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        target = List.copyOf(target);
        context = List.copyOf(context);
    }

    public boolean targetIsObject() {
        return target.contains(OBJECT);
    }
}
