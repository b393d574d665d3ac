package dev.faultline.events.tabari;

import java.util.Objects;

/**
 * One event as TABARI / PETRARCH code it: source and target actor codes ({@code ---} where a side has
 * no actor), the CAMEO code, the verb it came from and the pattern that matched ({@code *} when the
 * verb's own code was used).
 */
public record TabariEvent(String source, String target, String code, String verb, String pattern) {
    public static final String NONE = "---";

    public TabariEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(pattern, "pattern");
    }

    public boolean isDyadic() {
        return !source.equals(NONE) && !target.equals(NONE);
    }
}
