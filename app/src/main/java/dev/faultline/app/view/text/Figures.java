package dev.faultline.app.view.text;

import dev.faultline.domain.claim.ForceClaim;

import java.util.Locale;

/** How a force claim's figure is shown to people, the same in tables, briefs and notes. */
public final class Figures {
    private Figures() {
    }

    /** The figure as the report puts it: "25,000", "~5,000", "≥ 25,000", "≤ 600", "7,000 →" (from), "→ 700" (to). */
    public static String personnel(ForceClaim f) {
        String n = String.format(Locale.ROOT, "%,d", f.personnel());
        return switch (f.estimate()) {
            case EXACT -> n;
            case ABOUT -> "~" + n;
            case AT_LEAST -> "≥ " + n;
            case AT_MOST -> "≤ " + n;
            case FROM -> n + " →";
            case TO -> "→ " + n;
        };
    }
}
