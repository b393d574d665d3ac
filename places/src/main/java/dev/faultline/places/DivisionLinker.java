package dev.faultline.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Links the divisions of a divisions file, known by name and centre, to GeoNames' first-level codes,
 * each code taken once: first the code of a seat (or capital) that bears the division's exact name,
 * then one that bears it without its kind word ("Hama Governorate": Hama), then, greedily from the
 * surest link, the code that the 25 places nearest the division's centre carry, weighted by nearness.
 */
final class DivisionLinker {
    private static final int NEAREST = 25;

    /** A division as the divisions file gives it, before it is linked to a GeoNames code. */
    record Claim(String iso3, String name, double lat, double lon) {}

    private DivisionLinker() {}

    /** The code each claim links to; a claim left without one is absent. {@code placesOf} gives a country's places. */
    static Map<Claim, String> link(List<Claim> claims, Function<String, List<Place>> placesOf) {
        Map<Claim, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Claim> open = claims;
        for (boolean exact : new boolean[] {true, false}) {       // "Moscow" takes the capital's code before "Moscow Oblast" can
            List<Claim> next = new ArrayList<>();
            for (Claim c : open) {
                String code = seatNamed(c, exact, placesOf.apply(c.iso3()));
                if (code != null && taken.add(c.iso3() + "." + code)) out.put(c, code);
                else next.add(c);
            }
            open = next;
        }
        record Link(Claim claim, String code, double weight) {}
        List<Link> links = new ArrayList<>();
        for (Claim c : open) nearbyCodes(c, placesOf.apply(c.iso3())).forEach((code, w) -> links.add(new Link(c, code, w)));
        links.sort(Comparator.comparingDouble(Link::weight).reversed());
        for (Link l : links) {
            if (out.containsKey(l.claim()) || !taken.add(l.claim().iso3() + "." + l.code())) continue;
            out.put(l.claim(), l.code());
        }
        return out;
    }

    private static String seatNamed(Claim c, boolean exact, List<Place> places) {
        String name = exact ? PlaceNames.key(c.name()) : PlaceNames.withoutKind(PlaceNames.key(c.name()));
        for (Place p : places) {
            boolean seat = p.feature().equals("PPLA") || p.feature().equals("PPLC");
            if (seat && !p.admin1().isEmpty() && PlaceNames.key(p.name()).equals(name)) return p.admin1();
        }
        return null;
    }

    private static Map<String, Double> nearbyCodes(Claim c, List<Place> places) {
        PriorityQueue<Map.Entry<Double, Place>> nearest = new PriorityQueue<>((a, b) -> Double.compare(b.getKey(), a.getKey()));
        for (Place p : places) {
            nearest.add(Map.entry(distance2(p, c.lat(), c.lon()), p));
            if (nearest.size() > NEAREST) nearest.poll();
        }
        List<Map.Entry<Double, Place>> sorted = new ArrayList<>(nearest);
        sorted.sort(Map.Entry.comparingByKey());
        Map<String, Double> out = new HashMap<>();
        for (int rank = 0; rank < sorted.size(); rank++) {
            String code = sorted.get(rank).getValue().admin1();
            if (!code.isEmpty()) out.merge(code, 1.0 / (1 + rank), Double::sum);
        }
        return out;
    }

    /** A squared distance in degrees, longitude scaled by latitude: enough to rank places by nearness. */
    static double distance2(Place p, double lat, double lon) {
        double dlat = p.lat() - lat, dlon = (p.lon() - lon) * Math.cos(Math.toRadians(lat));
        return dlat * dlat + dlon * dlon;
    }
}
