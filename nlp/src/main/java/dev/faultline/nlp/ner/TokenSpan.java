package dev.faultline.nlp.ner;

import dev.faultline.domain.text.EntityType;

import java.util.Objects;

/** A typed run of tokens {@code [begin, end)} within one sentence. */
public record TokenSpan(EntityType type, int begin, int end) {
    public TokenSpan {
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad token span [" + begin + ", " + end + ")");
    }

    public TokenSpan withType(EntityType t) {
        return new TokenSpan(t, begin, end);
    }

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
