package dev.faultline.domain.actor;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An actor of the knowledge base. {@code id} is stable kebab-case ({@code qassem-soleimani});
 * {@code country} an ISO 3166-1 alpha-3 code or null (international actors); {@code sector} null for a
 * state itself; {@code cameo} the CAMEO actor code ({@code IRNMIL}, {@code LBNREB}); {@code source}
 * the short citation the entry was checked against. Aliases include the canonical name.
 */
public record Actor(String id, String name, ActorKind kind, String country, Sector sector, String cameo,
                    List<Alias> aliases, String source) {
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    public static final Pattern CAMEO = Pattern.compile("(?:[A-Z]{3})+");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("actor id must be kebab-case: '" + id + "'");
        if (name.isBlank()) throw new IllegalArgumentException("actor '" + id + "' has a blank name");
        if (source.isBlank()) throw new IllegalArgumentException("actor '" + id + "' cites no source");
        if (country != null && !ISO3.matcher(country).matches()) {
            throw new IllegalArgumentException("actor '" + id + "': country must be ISO 3166-1 alpha-3, not '" + country + "'");
        }
        if (cameo != null && !CAMEO.matcher(cameo).matches()) {
            throw new IllegalArgumentException("actor '" + id + "': CAMEO code must be groups of three capitals, not '" + cameo + "'");
        }
        aliases = List.copyOf(aliases);
    }
}
