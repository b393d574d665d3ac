package dev.faultline.eval.acled;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country an ACLED actor's name states: {@code Military Forces of X}, {@code Police Forces of X},
 * {@code Government of X}, {@code … (X)}. Others have none and are not scored. X is a country name,
 * turned into ISO alpha-3 by the given lookup (the product's own knowledge of states).
 */
final class AcledActors {
    private static final Pattern OF = Pattern.compile("^(?:Military Forces|Police Forces|Government) of (?:the )?([^(]+?)\\s*(?:\\(.*)?$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private AcledActors() {}

    static Optional<String> country(String actor, Function<String, Optional<String>> iso3) {
        if (actor == null || actor.isBlank()) return Optional.empty();
        Matcher m = OF.matcher(actor.strip());
        if (m.matches()) return iso3.apply(m.group(1).strip()); // e.g. Military Forces of Yemen (2016-) Supreme Political Council
        Matcher p = PAREN.matcher(actor.strip());
        if (p.find()) return iso3.apply(p.group(1).strip());
        return Optional.empty();
    }
}
