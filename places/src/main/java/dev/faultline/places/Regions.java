package dev.faultline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The team-written list of places GeoNames' populated places lack ({@code regions.tsv}: regions, rivers,
 * heights, crossings, bases), read and validated once: a row with a bad country, feature or coordinate
 * stops start-up with the row named.
 */
final class Regions {
    private static final String RESOURCE = "regions.tsv";
    private static final Set<String> FEATURES = Set.of("RGN", "STM", "MTS", "MT", "VAL", "PSTB", "AIRB", "MILB", "AIRP", "PLN",
            "DSRT", "PEN", "STRT");

    /** A region and the other names it goes by. */
    record Region(Place place, List<String> aliases) {}

    private Regions() {}

    static List<Region> load() {
        List<Region> out = new ArrayList<>();
        for (String[] f : rows()) {
            String where = RESOURCE + ": '" + f[0] + "': ";
            if (f.length != 6) throw new IllegalStateException(where + "expected 6 tab-separated columns, found " + f.length);
            String country = f[2];
            if (!java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3).contains(country)) {
                throw new IllegalStateException(where + "not an ISO 3166-1 alpha-3 country: " + country);
            }
            if (!FEATURES.contains(f[3])) throw new IllegalStateException(where + "unknown feature " + f[3] + "; one of " + FEATURES);
            double lat, lon;
            try {
                lat = Double.parseDouble(f[4]);
                lon = Double.parseDouble(f[5]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + "bad coordinates " + f[4] + ", " + f[5], e);
            }
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new IllegalStateException(where + "coordinates out of range");
            List<String> aliases = f[1].isBlank() ? List.of() : Arrays.stream(f[1].split(";")).map(String::strip).toList();
            out.add(new Region(new Place(0, f[0], country, "", lat, lon, 0, f[3]), aliases));
        }
        return out;
    }

    /** Identifies the list's content, so that a compiled gazetteer is rebuilt when it changes. */
    static String version() {
        return Integer.toHexString(rows().stream().map(Arrays::toString).toList().hashCode());
    }

    private static List<String[]> rows() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
