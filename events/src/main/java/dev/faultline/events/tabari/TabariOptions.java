package dev.faultline.events.tabari;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * How the TABARI coder runs for one sentence: the story's date (for date-restricted actor codes; null
 * when unknown) and whether an event needs both a source and a target ({@code require_dyad}, on by
 * default as in PETRARCH).
 */
public record TabariOptions(LocalDate date, boolean requireDyad) {
    public static TabariOptions defaults() {
        return new TabariOptions(null, true);
    }

    /** Reads PETRARCH's {@code <Config>} options that this coder honours; others are ignored. */
    public static TabariOptions of(LocalDate date, Map<String, String> config) {
        String dyad = config.getOrDefault("require_dyad", "true").strip().toLowerCase(Locale.ROOT);
        return new TabariOptions(date, !dyad.equals("false"));
    }
}
