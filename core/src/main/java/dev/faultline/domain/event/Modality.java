package dev.faultline.domain.event;

import java.util.Locale;

/** How the report holds an event to be: said plainly, relayed, alleged, denied, negated, possible or to come. */
public enum Modality {
    ASSERTED, REPORTED, ALLEGED, DENIED, NEGATED, HYPOTHETICAL, FUTURE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the event is said to have happened (asserted, reported or alleged), as opposed to not, or not yet. */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED || this == ALLEGED;
    }
}
