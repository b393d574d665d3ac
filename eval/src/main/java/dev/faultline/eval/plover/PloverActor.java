package dev.faultline.eval.plover;

import java.util.Locale;

/**
 * An actor of a produced event as the suite compares it: country (ISO alpha-3, or {@code IGO} for an
 * intergovernmental body; null when unknown) and sector (a PLOVER/CAMEO sector such as GOV, MIL, REB,
 * CVL; null when unknown), both normalised the way the gold is.
 */
public record PloverActor(String country, String sector) {
    public PloverActor {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        sector = GoldActor.sector(sector);
    }
}
