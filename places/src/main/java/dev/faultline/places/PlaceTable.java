package dev.faultline.places;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places in columns: arrays of primitives and small string tables instead of an object
 * a place, so that a compiled gazetteer reads back in milliseconds and {@link Place} records are made
 * only for the places a lookup returns. Immutable once built.
 */
final class PlaceTable {
    final long[] ids;
    final float[] lat, lon;          // NaN where unknown
    final long[] population;
    final short[] country, admin1, feature;   // indexes into the string tables
    final int[] nameStart;            // n + 1 offsets into names
    final byte[] names;               // UTF-8
    final String[] countries, admin1Codes, features;

    PlaceTable(long[] ids, float[] lat, float[] lon, long[] population, short[] country, short[] admin1, short[] feature,
               int[] nameStart, byte[] names, String[] countries, String[] admin1Codes, String[] features) {
        this.ids = ids;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.country = country;
        this.admin1 = admin1;
        this.feature = feature;
        this.nameStart = nameStart;
        this.names = names;
        this.countries = countries;
        this.admin1Codes = admin1Codes;
        this.features = features;
    }

    int size() {
        return ids.length;
    }

    Place get(int i) {
        String name = new String(names, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.UTF_8);
        // through the float's shortest decimal form, so 33.51 reads back as 33.51, not 33.5099983215332
        Double la = Float.isNaN(lat[i]) ? null : Double.valueOf(Float.toString(lat[i]));
        Double lo = Float.isNaN(lon[i]) ? null : Double.valueOf(Float.toString(lon[i]));
        return new Place(ids[i], name, countries[country[i]], admin1Codes[admin1[i]], la, lo, population[i], features[feature[i]]);
    }

    String country(int i) {
        return countries[country[i]];
    }

    String admin1(int i) {
        return admin1Codes[admin1[i]];
    }

    String feature(int i) {
        return features[feature[i]];
    }

    /** Accumulates places in the order they are added; {@link #add} returns each one's index. */
    static final class Builder {
        private final List<Place> places = new ArrayList<>();
        private final Map<Long, Integer> byId = new HashMap<>();

        /** Adds a place; a GeoNames id seen before (a place in two files) returns the first one's index. */
        int add(Place p) {
            if (p.geonameId() != 0) {
                Integer seen = byId.get(p.geonameId());
                if (seen != null) return seen;
                byId.put(p.geonameId(), places.size());
            }
            places.add(p);
            return places.size() - 1;
        }

        Place get(int i) {
            return places.get(i);
        }

        int size() {
            return places.size();
        }

        List<Place> places() {
            return places;
        }

        PlaceTable build() {
            int n = places.size();
            long[] ids = new long[n], pop = new long[n];
            float[] lat = new float[n], lon = new float[n];
            short[] country = new short[n], admin1 = new short[n], feature = new short[n];
            int[] nameStart = new int[n + 1];
            Strings countries = new Strings(), admin1s = new Strings(), features = new Strings();
            java.io.ByteArrayOutputStream names = new java.io.ByteArrayOutputStream(n * 12);
            for (int i = 0; i < n; i++) {
                Place p = places.get(i);
                ids[i] = p.geonameId();
                lat[i] = p.lat() == null ? Float.NaN : p.lat().floatValue();
                lon[i] = p.lon() == null ? Float.NaN : p.lon().floatValue();
                pop[i] = p.population();
                country[i] = countries.index(p.country());
                admin1[i] = admin1s.index(p.admin1());
                feature[i] = features.index(p.feature());
                nameStart[i] = names.size();
                names.writeBytes(p.name().getBytes(StandardCharsets.UTF_8));
            }
            nameStart[n] = names.size();
            return new PlaceTable(ids, lat, lon, pop, country, admin1, feature, nameStart, names.toByteArray(),
                    countries.array(), admin1s.array(), features.array());
        }
    }

    /** A small table of distinct strings, each named by a short index. */
    private static final class Strings {
        private final Map<String, Short> index = new HashMap<>();
        private final List<String> list = new ArrayList<>();

        short index(String s) {
            return index.computeIfAbsent(s, k -> {
                if (list.size() == Short.MAX_VALUE) throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct codes");
                list.add(k);
                return (short) (list.size() - 1);
            });
        }

        String[] array() {
            return list.toArray(String[]::new);
        }
    }
}
