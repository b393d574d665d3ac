package dev.faultline.domain.event;

import java.util.Objects;

/**
 * Where an event happened: the place its clause (or, failing that, its sentence) names, never one
 * guessed from the article at large. The coder gives the name; geocoding (a later stage) resolves it
 * to a country, first-level division, coordinates, GeoNames id and precision, which stay null for a
 * name the gazetteer does not know.
 *
 * @param country   ISO 3166-1 alpha-3 or null
 * @param admin1    the name of the first-level division it lies in ("Idlib Governorate") or null
 * @param precision how exactly it pins the event down; null while unresolved
 */
public record EventPlace(String name, String country, String admin1, Double lat, Double lon, Long geonameId,
                         PlacePrecision precision) {
    public EventPlace {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("a blank place name");
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("'" + name + "': latitude and longitude come together");
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("'" + name + "': coordinates out of range: " + lat + ", " + lon);
        }
        if (precision == null && (country != null || lat != null)) {
            throw new IllegalArgumentException("'" + name + "': a resolved place says how precise it is");
        }
    }

    public static EventPlace named(String name) {
        return new EventPlace(name, null, null, null, null, null, null);
    }

    public boolean isResolved() {
        return precision != null;
    }
}
