package dev.faultline.eval.acled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.GreatCircle;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.JsonLinesFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Runs and scores the ACLED suite (see the package description). */
public final class AcledSuite {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AcledSuite() {}

    public static List<AcledRow> read(Path file) throws IOException {
        List<AcledRow> rows = new ArrayList<>();
        for (JsonNode j : JsonLinesFile.read(file)) {
            rows.add(new AcledRow(j.path("event_id_cnty").asText(), j.path("event_date").asText(), j.path("time_precision").asInt(3),
                    j.path("sub_event_type").asText(), text(j, "actor1"), text(j, "actor2"), j.path("region").asText(),
                    j.path("country").asText(), text(j, "location"), j.path("latitude").asDouble(), j.path("longitude").asDouble(),
                    j.path("geo_precision").asInt(3), text(j, "source"), j.path("notes").asText(""),
                    j.path("fatalities").asInt(0), j.path("timestamp").asLong()));
        }
        return rows;
    }

    /**
     * Scores {@code system} on {@code rows}. {@code iso3} turns a country name as ACLED writes it into
     * ISO alpha-3 (empty when unknown; such actors are not scored).
     */
    public static EvalReport run(List<AcledRow> rows, AcledSystem system, Function<String, Optional<String>> iso3) {
        Tally detected = new Tally(), type = new Tally(), location = new Tally(), locationMe = new Tally(),
                date = new Tally(), fatalities = new Tally();
        double actorsF1Sum = 0;
        int actorsN = 0;
        List<JsonNode> cases = new ArrayList<>();
        for (AcledRow row : rows) {
            List<ProducedEvent> events = system.events(row);
            ObjectNode c = F.objectNode().put("id", row.id()).put("notes", row.notes());
            detected.add(!events.isEmpty());
            c.put("detected", !events.isEmpty());

            Optional<String> gold = AcledTypes.plover(row.subEventType());
            Set<String> types = new HashSet<>();
            events.forEach(e -> types.add(e.type()));
            c.putPOJO("types", new ArrayList<>(types));
            if (gold.isPresent()) {
                boolean ok = types.contains(gold.get());
                type.add(ok);
                c.put("gold_type", gold.get()).put("type_ok", ok);
            }

            Set<String> goldCountries = new HashSet<>();
            AcledActors.country(row.actor1(), iso3).ifPresent(goldCountries::add);
            AcledActors.country(row.actor2(), iso3).ifPresent(goldCountries::add);
            if (!goldCountries.isEmpty()) {
                Set<String> mine = new HashSet<>();
                events.forEach(e -> mine.addAll(e.countries()));
                double f1 = f1(goldCountries, mine);
                actorsF1Sum += f1;
                actorsN++;
                c.putPOJO("gold_countries", goldCountries).putPOJO("countries", mine).put("actors_f1", f1);
            }

            if (row.geoPrecision() != 3) {
                double best = events.stream().filter(e -> e.latitude() != null && e.longitude() != null)
                        .mapToDouble(e -> GreatCircle.km(row.latitude(), row.longitude(), e.latitude(), e.longitude())).min().orElse(Double.NaN);
                boolean ok = !Double.isNaN(best) && best <= 25.0;
                location.add(ok);
                if ("Middle East".equals(row.region())) locationMe.add(ok);
                c.put("gold_location", row.location()).put("location_km", Double.isNaN(best) ? null : Math.round(best * 10) / 10.0)
                        .putPOJO("places", events.stream().map(ProducedEvent::place).filter(Objects::nonNull).distinct().toList());
            }

            if (row.timePrecision() == 1) {
                boolean ok = events.stream().anyMatch(e -> "day".equals(e.datePrecision()) && row.eventDate().equals(e.date()));
                date.add(ok);
                c.put("gold_date", row.eventDate()).putPOJO("dates", events.stream().map(ProducedEvent::date).distinct().toList());
            }

            if (row.fatalities() > 0) {
                boolean ok = events.stream().anyMatch(e -> e.killed() != null && e.killed() == row.fatalities());
                fatalities.add(ok);
                c.put("gold_fatalities", row.fatalities()).putPOJO("killed", events.stream().map(ProducedEvent::killed).distinct().toList());
            }
            cases.add(c);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("detected", detected.rate());
        m.put("type", type.rate());
        m.put("actors_f1", actorsN == 0 ? Double.NaN : actorsF1Sum / actorsN);
        m.put("location_25km", location.rate());
        m.put("location_25km.middle_east", locationMe.rate());
        m.put("date", date.rate());
        m.put("fatalities", fatalities.rate());
        return new EvalReport("acled", m, rows.size(), cases);
    }

    static double f1(Set<String> gold, Set<String> mine) {
        if (mine.isEmpty()) return 0;
        long hit = mine.stream().filter(gold::contains).count();
        if (hit == 0) return 0;
        double p = (double) hit / mine.size(), r = (double) hit / gold.size();
        return 2 * p * r / (p + r);
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static final class Tally {
        int hits, n;

        void add(boolean ok) {
            n++;
            if (ok) hits++;
        }

        double rate() {
            return n == 0 ? Double.NaN : (double) hits / n;
        }
    }
}
