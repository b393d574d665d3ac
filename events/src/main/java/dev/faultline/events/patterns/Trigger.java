package dev.faultline.events.patterns;

import java.util.List;
import java.util.Objects;

/**
 * The words that say an event happened: a verb's lemma with any particle or light-verb object
 * ("pull back", "take control"), or an event noun ("raid", "air strike"), as lower-case lemmas.
 */
public record Trigger(Kind kind, List<String> lemmas) {
    public enum Kind { VERB, NOUN }

    public Trigger {
        Objects.requireNonNull(kind, "kind");
        lemmas = List.copyOf(lemmas);
        if (lemmas.isEmpty()) throw new IllegalArgumentException("a trigger needs a word");
    }

    public String head() {
        return lemmas.get(0);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + String.join(" ", lemmas) + "'";
    }
}
