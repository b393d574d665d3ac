package dev.faultline.actors.tabari;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A CAMEO code valid from {@code from} to {@code to} inclusive; a null bound is open. {@code ---} is
 * TABARI's "no code": the phrase is known but must not be coded.
 */
public record CodeSpan(String code, LocalDate from, LocalDate to) {
    public CodeSpan {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("code " + code + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean covers(LocalDate date) {
        if (date == null) return from == null && to == null;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean isNull() {
        return code.equals("---");
    }
}
