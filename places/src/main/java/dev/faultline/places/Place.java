package dev.faultline.places;

import dev.faultline.domain.GreatCircle;
import dev.faultline.domain.event.PlacePrecision;

import java.util.Objects;

/**
 * A place of the gazetteer: its GeoNames id (0 for a country entry made from ISO data), name, country
 * (ISO 3166-1 alpha-3), admin-1 code, coordinates (null for a country entry), population and GeoNames
 * feature code ({@code PPLC} a capital, {@code PPLA} an admin-1 seat, {@code PCLI} a country, {@code ADM1} a
 * first-level division, {@code RGN} a region, {@code STM} a river...). A country or a division has its
 * centre as coordinates where the gazetteer knows it, else none.
 */
public record Place(long geonameId, String name, String country, String admin1, Double lat, Double lon,
                    long population, String feature) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (country.length() != 3) throw new IllegalArgumentException("'" + name + "': a country is an ISO alpha-3 code: " + country);
        admin1 = admin1 == null ? "" : admin1;
        feature = feature == null ? "" : feature;
        if ((lat == null) != (lon == null)) throw new IllegalArgumentException("'" + name + "': latitude and longitude come together");
    }

    public boolean isCountry() {
        return feature.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return feature.equals("ADM1");
    }

    /** How exactly this place pins an event down: a country, a first-level division or wider region, or a place. */
    public PlacePrecision precision() {
        if (isCountry()) return PlacePrecision.COUNTRY;
        if (isAdmin1() || feature.equals("RGN")) return PlacePrecision.ADMIN1;
        return PlacePrecision.PLACE;
    }

    /**
     * Whether this place lies in {@code outer}: the same country, and then anywhere in a country, in the
     * same division as a division or region, or within {@value #NEAR_KM} km of a town (a district around
     * its seat). A division lies in no town.
     */
    public boolean liesIn(Place outer) {
        if (!country.equals(outer.country)) return false;
        if (outer.isCountry()) return true;
        if (isAdmin1() && !outer.isAdmin1()) return false;
        if (outer.precision() == PlacePrecision.PLACE && lat != null && outer.lat != null) return km(outer) <= NEAR_KM;
        return outer.admin1.isEmpty() || outer.admin1.equals(admin1);
    }

    /** How far from a town a place said to lie in or by it may be. */
    static final double NEAR_KM = 60;

    /** Great-circle distance in kilometres; both places must have coordinates. */
    double km(Place other) {
        return GreatCircle.km(lat, lon, other.lat, other.lon);
    }


    /**
     * How much a bare mention of this name is likely to mean this place: its population, weighted up for
     * a capital or an administrative seat; countries above all.
     */
    double prominence() {
        if (isCountry()) return Double.MAX_VALUE;
        if (geonameId == 0 && !isAdmin1()) return 1_000_000;   // the team's regions, bases and crossings: named because reports name them
        double weight = switch (feature) {
            case "PPLC" -> 10;
            case "PPLA" -> 3;
            case "PPLA2" -> 1.5;
            default -> 1;
        };
        return weight * (population + 1);
    }
}
