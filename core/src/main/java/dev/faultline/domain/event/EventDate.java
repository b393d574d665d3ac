package dev.faultline.domain.event;

import dev.faultline.domain.PartialDate;

import java.util.Locale;
import java.util.Objects;

/**
 * When an event happened, at the precision the report gives, and where that came from: a date in
 * its own words ({@link Basis#EXPLICIT}), a relative one read against publication ({@link
 * Basis#RELATIVE}), the article's date for a report of the day ({@link Basis#ARTICLE}), or another
 * event of the report ({@link Basis#INFERRED}).
 */
public record EventDate(PartialDate value, Basis basis) {
    public enum Basis {
        EXPLICIT, RELATIVE, ARTICLE, INFERRED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
