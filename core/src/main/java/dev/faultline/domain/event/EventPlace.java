package dev.faultline.domain.event;

import java.util.Objects;

/**
 * Where an event happened: the place its clause (or, failing that, its sentence) names, never one
 * guessed from the article at large. Geocoding (a later stage) fills the coordinates; until then
 * they are null.
 *
 * @param country ISO 3166-1 alpha-3 or null
 */
public record EventPlace(String name, String country, Double lat, Double lon, Long geonameId) {
    public EventPlace {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("a blank place name");
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("'" + name + "': latitude and longitude come together");
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("'" + name + "': coordinates out of range: " + lat + ", " + lon);
        }
    }

    public static EventPlace named(String name) {
        return new EventPlace(name, null, null, null, null);
    }
}
