package dev.faultline.events.patterns;

import java.util.List;
import java.util.Objects;

/**
 * The words that say an event happened: a verb's lemma with any particle or light-verb object
 * ("pull back", "take control"), or an event noun ("raid", "air strike"), as lower-case lemmas. A
 * hyphenated word is three lemmas, its hyphen one of them ("sit", "-", "in"), as the tokenizer splits it.
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

    /** The trigger as written: lemmas joined by spaces, hyphenated words whole ("hold sit-in"). */
    public String text() {
        return String.join(" ", lemmas).replace(" - ", "-");
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + text() + "'";
    }
}
