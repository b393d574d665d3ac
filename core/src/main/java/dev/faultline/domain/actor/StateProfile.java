package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * What composes with a state's generic organs: its ISO 3166-1 alpha-3 code, CAMEO country code
 * (equal to the ISO code except where CAMEO differs, e.g. Kosovo), capital, and demonyms — the
 * adjective ("Iranian"), one person ("Iranian", "Briton") and the plural ("Iranians", "the French").
 */
public record StateProfile(String actor, String iso3, String cameo, String capital,
                           String adjective, String singular, String plural) {
    public StateProfile {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(capital, "capital");
        Objects.requireNonNull(adjective, "adjective");
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(plural, "plural");
        if (!Actor.ISO3.matcher(iso3).matches()) throw new IllegalArgumentException("state '" + actor + "': bad ISO3 '" + iso3 + "'");
    }
}
