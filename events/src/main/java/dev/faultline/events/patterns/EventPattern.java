package dev.faultline.events.patterns;

import dev.faultline.domain.event.PloverType;

import java.util.List;
import java.util.Objects;

/**
 * One event pattern: its trigger, the words that mark its target ({@code "object"} for a verb's
 * direct object, else prepositions), and its coding.
 *
 * @param mode PLOVER mode, empty when the type has none here
 */
public record EventPattern(Trigger trigger, List<String> target, PloverType type, String mode, List<String> context,
                           CameoCode cameo) {
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
