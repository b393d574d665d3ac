package dev.faultline.eval.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.domain.GreatCircle;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a produced event (an {@code events --format jsonl} row) matches a fact, criterion by
 * criterion, as eval/README.md's {@code facts} metric says: its PLOVER type is in {@code types} or its
 * CAMEO code starts with one of {@code cameo}; its date starts with {@code year}; its modality is one of
 * {@code modality}; its location lies within {@code km} of one of {@code near}; and its actors match.
 * Each criterion the fact leaves out holds.
 */
final class EventCriteria {
    static final String TYPE = "type", YEAR = "year", MODALITY = "modality", PLACE = "place", ACTORS = "actors";

    private EventCriteria() {}

    /** The criteria {@code e} fails for {@code f}, in the order type, year, modality, place, actors; empty when it matches. */
    static List<String> misses(EventFact f, JsonNode e) {
        List<String> out = new ArrayList<>();
        if (!type(f, e)) out.add(TYPE);
        if (!year(f.year(), e.path("date").path("value"))) out.add(YEAR);
        if (!f.modality().isEmpty() && !f.modality().contains(e.path("modality").asText())) out.add(MODALITY);
        if (!place(f, e.path("location"))) out.add(PLACE);
        if (!actors(f, e.path("source"), e.path("target"))) out.add(ACTORS);
        return out;
    }

    static boolean type(EventFact f, JsonNode e) {
        if (f.types().contains(e.path("type").asText())) return true;
        String code = e.path("cameo").asText("");
        for (String prefix : f.cameo()) if (!code.isEmpty() && code.startsWith(prefix)) return true;
        return false;
    }

    /** A date (or period) value starts with the year; any value does when no year is given. */
    static boolean year(Integer year, JsonNode value) {
        return year == null || value.isTextual() && value.asText().startsWith(year.toString());
    }

    static boolean place(EventFact f, JsonNode location) {
        if (f.near().isEmpty()) return true;
        if (!location.path("lat").isNumber() || !location.path("lon").isNumber()) return false;
        double lat = location.get("lat").asDouble(), lon = location.get("lon").asDouble();
        for (EventFact.LatLon p : f.near()) if (GreatCircle.km(p.lat(), p.lon(), lat, lon) <= f.km()) return true;
        return false;
    }

    /**
     * The actors: with {@code b} null, {@code a} matches a source; with {@code a} null, {@code b} a target
     * (or, undirected, a target or a source); with both, directed: {@code a} a source and {@code b} a
     * target; undirected: one on each side in either direction, or both among the event's actors (two
     * different actors) when it has more than one. With neither, any actors do.
     */
    static boolean actors(EventFact f, JsonNode source, JsonNode target) {
        ActorPattern a = f.a(), b = f.b();
        if (a == null && b == null) return true;
        if (b == null) return a.matchesAny(source);
        if (a == null) return b.matchesAny(target) || !f.directed() && b.matchesAny(source);
        if (a.matchesAny(source) && b.matchesAny(target)) return true;
        if (f.directed()) return false;
        if (b.matchesAny(source) && a.matchesAny(target)) return true;
        List<JsonNode> all = new ArrayList<>();
        source.forEach(all::add);
        target.forEach(all::add);
        for (int i = 0; i < all.size(); i++) {
            if (!a.matches(all.get(i))) continue;
            for (int j = 0; j < all.size(); j++) if (j != i && b.matches(all.get(j))) return true;
        }
        return false;
    }

    /**
     * How near {@code e} comes to {@code f}, for listing the nearest events of a miss: the right type
     * counts 2, year, modality and place 1 each, the actors 3 when they match and otherwise 1 for each of
     * {@code a} and {@code b} found among its actors.
     */
    static int closeness(EventFact f, JsonNode e) {
        List<String> misses = misses(f, e);
        int c = 0;
        if (!misses.contains(TYPE)) c += 2;
        if (!misses.contains(YEAR)) c++;
        if (!misses.contains(MODALITY)) c++;
        if (!misses.contains(PLACE)) c++;
        if (!misses.contains(ACTORS)) {
            c += 3;
        } else {
            if (f.a() != null && (f.a().matchesAny(e.path("source")) || f.a().matchesAny(e.path("target")))) c++;
            if (f.b() != null && (f.b().matchesAny(e.path("source")) || f.b().matchesAny(e.path("target")))) c++;
        }
        return c;
    }
}
