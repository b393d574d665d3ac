package dev.faultline.eval.petrarch;

import java.util.Objects;

/**
 * One coded event as PETRARCH writes it: source and target actor codes ({@code ARN}, {@code GONGOV},
 * {@code ---GOV} for a government of unknown state, {@code ---} for none, or a quoted new actor such as
 * {@code "INJURY TOLL"}, kept verbatim) and the CAMEO event code ({@code 064}, {@code 0352},
 * {@code 174K}). Compared exactly, after stripping surrounding blanks.
 */
public record PetrarchCoding(String source, String target, String code) {
    public PetrarchCoding {
        source = Objects.requireNonNull(source, "source").strip();
        target = Objects.requireNonNull(target, "target").strip();
        code = Objects.requireNonNull(code, "code").strip();
        if (code.isEmpty()) throw new IllegalArgumentException("a coding needs an event code: " + source + " " + target);
    }

    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}
