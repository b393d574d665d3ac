package dev.faultline.domain.actor;

import java.util.List;
import java.util.Objects;

/**
 * A communal or ideological qualifier that makes a group of a generic organ ("Shiite militias",
 * "Kurdish fighters", "jihadist groups"): not an actor by itself, a description of one.
 */
public record Qualifier(String id, List<String> words) {
    public Qualifier {
        Objects.requireNonNull(id, "id");
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("qualifier '" + id + "' has no word");
    }
}
