package dev.faultline.server.api;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.relation.Granularity;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters and path parts, validated: every value the API reads goes through here, and a bad
 * one is a 400 naming the parameter, never a 500. Ids are checked against the shape ids have (no slashes, no
 * markup, bounded length) before anything looks them up.
 */
public final class Params {
    /** Actor, article, event and claim ids: letters, digits and {@code . _ : -}, at most 128 characters. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    /** Free-text parameters (a search, an outlet) are bounded too. */
    static final int MAX_TEXT = 200;
    /** At most this many ids in one {@code ids=} list. */
    static final int MAX_IDS = 1000;

    private final Context ctx;

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The query parameter, stripped, or null when absent or blank. */
    public String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        v = v.strip();
        if (v.length() > MAX_TEXT) throw ApiError.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        return v;
    }

    /** An id query parameter, or null. */
    public String id(String name) {
        String v = text(name);
        return v == null ? null : checkId(name, v);
    }

    /** A path part that must be an id. */
    public String pathId(String name) {
        return checkId(name, ctx.pathParam(name));
    }

    public static String checkId(String what, String v) {
        if (v == null || !ID.matcher(v).matches()) throw ApiError.badRequest(what + " is not an id (letters, digits, . _ : -)");
        return v;
    }

    /** A comma-separated list of ids, or an empty list. */
    public List<String> ids(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String part : v.split(",")) {
            if (part.isBlank()) continue;
            out.add(checkId(name, part.strip()));
            if (out.size() > MAX_IDS) throw ApiError.badRequest(name + " lists more than " + MAX_IDS + " ids");
        }
        return new ArrayList<>(out);
    }

    /** A date (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
    public PartialDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        return PartialDate.parse(v).orElseThrow(() -> ApiError.badRequest(name + " is not a date (2018, 2018-08 or 2018-08-08)"));
    }

    /** An integer within [min, max], or {@code fallback} when absent. */
    public int integer(String name, int min, int max, int fallback) {
        String v = text(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiError.badRequest(name + " must be from " + min + " to " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is not a whole number");
        }
    }

    /** A number within [min, max], or {@code fallback}. */
    public double number(String name, double min, double max, double fallback) {
        String v = text(name);
        if (v == null) return fallback;
        try {
            double n = Double.parseDouble(v);
            if (!(n >= min && n <= max)) throw ApiError.badRequest(name + " must be from " + min + " to " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is not a number");
        }
    }

    /** {@code by}: month, quarter or year. */
    public Granularity by(Granularity fallback) {
        String v = text("by");
        if (v == null) return fallback;
        for (Granularity g : Granularity.values()) if (g.label().equals(v.toLowerCase(Locale.ROOT))) return g;
        throw ApiError.badRequest("by must be month, quarter or year");
    }

    /** PLOVER types, comma-separated, or an empty set. */
    public Set<PloverType> types(String name) {
        String v = text(name);
        Set<PloverType> out = new LinkedHashSet<>();
        if (v == null) return out;
        for (String part : v.split(",")) {
            if (part.isBlank()) continue;
            out.add(PloverType.parse(part.strip()).orElseThrow(() -> ApiError.badRequest(name + " names no PLOVER type: " + part.strip())));
        }
        return out;
    }

    /** {@code bbox=west,south,east,north} in degrees, or null. */
    public double[] bbox(String name) {
        String v = text(name);
        if (v == null) return null;
        String[] parts = v.split(",");
        if (parts.length != 4) throw ApiError.badRequest(name + " must be west,south,east,north");
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) b[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be four numbers: west,south,east,north");
        }
        if (Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180 || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90 || b[1] > b[3]) {
            throw ApiError.badRequest(name + " is not a box of longitudes (-180..180) and latitudes (-90..90, south <= north)");
        }
        return b;
    }

    /** One of {@code allowed}, or {@code fallback}. */
    public String choice(String name, List<String> allowed, String fallback) {
        String v = text(name);
        if (v == null) return fallback;
        if (!allowed.contains(v)) throw ApiError.badRequest(name + " must be one of " + String.join(", ", allowed));
        return v;
    }
}
