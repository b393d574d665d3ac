package dev.faultline.domain.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What composes with a state's generic organs: its ISO 3166-1 alpha-3 code, CAMEO country code
 * (equal to the ISO code except where CAMEO differs, e.g. Kosovo), capital, and demonyms — the
 * adjective ("Iranian"), one person ("Iranian", "Briton") and the plural ("Iranians", "the French").
 *
 * @param nominals       common nouns a report refers back to the state by ("the kingdom", "the emirate")
 * @param capitalHolders who held the capital when its government did not, by period
 */
public record StateProfile(String actor, String iso3, String cameo, String capital,
                           String adjective, String singular, String plural, List<String> nominals,
                           List<CapitalHolder> capitalHolders) {
    public StateProfile(String actor, String iso3, String cameo, String capital, String adjective, String singular, String plural) {
        this(actor, iso3, cameo, capital, adjective, singular, plural, List.of(), List.of());
    }

    /** Who held the capital on {@code date} when its government did not; empty while the government held it. */
    public Optional<CapitalHolder> capitalHolder(LocalDate date) {
        return capitalHolders.stream().filter(h -> h.period().covers(date)).findFirst();
    }

    public StateProfile {
        nominals = List.copyOf(nominals);
        capitalHolders = List.copyOf(capitalHolders);
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
