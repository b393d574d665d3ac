package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * {@code holder} held office {@code title} (an {@link OfficeTitle} id such as {@code defense-minister})
 * of {@code of} (a state or organization id) during {@code period}. {@code joint} marks an office held
 * by several at once (co-chairs), which is exempt from the no-overlap rule.
 */
public record Office(String holder, String title, String of, Period period, boolean joint, String citation) {
    public Office {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(citation, "citation");
    }

    @Override
    public String toString() {
        return holder + " " + title + " of " + of + " " + period;
    }
}
