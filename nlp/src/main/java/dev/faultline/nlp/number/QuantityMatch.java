package dev.faultline.nlp.number;

import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.QuantityValue;

import java.util.Objects;

/** A NUMBER, MONEY or PERCENT found over words {@code [begin, end)} of a sentence, with its value. */
public record QuantityMatch(int begin, int end, EntityType type, QuantityValue value) {
    public QuantityMatch {
        Objects.requireNonNull(value, "value");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad match [" + begin + ", " + end + ")");
        if (!type.isNumeric()) throw new IllegalArgumentException("not a numeric type: " + type);
    }
}
