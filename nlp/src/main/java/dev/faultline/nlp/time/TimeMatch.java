package dev.faultline.nlp.time;

import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.TimeValue;

import java.util.Optional;

/**
 * A temporal expression found over words {@code [begin, end)} of a sentence: DATE, TIME or DURATION,
 * with its value (empty when it needs a publication date and the article has none).
 */
public record TimeMatch(int begin, int end, EntityType type, Optional<TimeValue> value) {
    public TimeMatch {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad match [" + begin + ", " + end + ")");
        if (!type.isTemporal()) throw new IllegalArgumentException("not a temporal type: " + type);
    }
}
