package dev.faultline.domain.claim;

import java.util.Locale;

/**
 * How a figure is put: exactly, roughly ("roughly 5,000"), as a floor ("at least 25,000") or a ceiling
 * ("up to 600"), or as the two ends of a change ("reduced its forces from 7000 to 700": from, to).
 */
public enum Estimate {
    EXACT, ABOUT, AT_LEAST, AT_MOST, FROM, TO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Estimate parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
