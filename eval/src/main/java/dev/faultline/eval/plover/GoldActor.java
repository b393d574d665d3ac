package dev.faultline.eval.plover;

import java.util.Locale;
import java.util.Objects;

/**
 * One gold actor of a PLOVER record: its text as written, its {@code code} (ISO alpha-3 country, or
 * {@code IGO} for intergovernmental bodies) and its sector, normalised by {@link #sector(String)};
 * null when the record gives none.
 */
public record GoldActor(String text, String code, String sector) {
    public GoldActor {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) throw new IllegalArgumentException("a gold actor needs a code: " + text);
        code = code.strip().toUpperCase(Locale.ROOT);
        sector = sector(sector);
    }

    /**
     * A sector as compared: PLOVER's primary sector is the first three letters ({@code REBkur},
     * {@code REFKUR}, {@code MILsrp} are REB, REF, MIL with an ethnic or religious suffix, which is not
     * scored); {@code ***}, blank or null means no sector is given.
     */
    public static String sector(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.contains("*")) return null;
        if (s.length() > 3 && s.substring(0, 3).chars().allMatch(Character::isLetter)) s = s.substring(0, 3);
        return s.toUpperCase(Locale.ROOT);
    }

    /** Whether a produced actor has this actor's code, and its sector when one is given. */
    public boolean matches(PloverActor produced) {
        if (produced == null || !code.equals(produced.country())) return false;
        return sector == null || sector.equals(produced.sector());
    }
}
