package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * {@code subject} stands in relation {@code type} to {@code object} during {@code period}, as
 * {@code citation} says ("quds-force PART_OF irgc"). {@code derived} is true for links the loader
 * made from an office (a commander COMMANDS the unit), so they are not listed twice.
 */
public record Link(LinkType type, String subject, String object, Period period, String citation, boolean derived) {
    public Link {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(citation, "citation");
        if (subject.equals(object)) throw new IllegalArgumentException("a link from '" + subject + "' to itself");
    }

    @Override
    public String toString() {
        return subject + " " + type.label() + " " + object + " " + period;
    }
}
