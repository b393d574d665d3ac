package dev.faultline.domain.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A named-entity (or date, time, number) mention: its type, its character range in the article's
 * text, the tokens {@code [tokenBegin, tokenEnd)} of sentence {@code sentence} it covers, its text,
 * and its normalized value when it has one (temporal and numeric types).
 */
public record Mention(EntityType type, int begin, int end, int sentence, int tokenBegin, int tokenEnd,
                      String text, Optional<MentionValue> value) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad mention offsets [" + begin + ", " + end + ") for '" + text + "'");
        if (sentence < 0 || tokenBegin < 0 || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("bad mention tokens " + sentence + ":[" + tokenBegin + ", " + tokenEnd + ") for '" + text + "'");
        }
        if (value.isPresent()) {
            MentionValue v = value.get();
            if (v instanceof TimeValue && !type.isTemporal() || v instanceof QuantityValue && !type.isNumeric()) {
                throw new IllegalArgumentException("a " + type + " mention cannot carry a " + v.getClass().getSimpleName());
            }
        }
    }

    /** The time value, when this is a normalized DATE, TIME or DURATION. */
    public Optional<TimeValue> time() {
        return value.filter(TimeValue.class::isInstance).map(TimeValue.class::cast);
    }

    /** The quantity, when this is a normalized NUMBER, MONEY or PERCENT. */
    public Optional<QuantityValue> quantity() {
        return value.filter(QuantityValue.class::isInstance).map(QuantityValue.class::cast);
    }

    public int tokenCount() {
        return tokenEnd - tokenBegin;
    }

    @Override
    public String toString() {
        return type + "[" + text + "]" + value.map(v -> "=" + v.normalized()).orElse("");
    }
}
