package dev.faultline.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs and scores the PLOVER suite. Metrics, as the README says:
 * <ul>
 *   <li>{@code type}: per record, the gold type is among the types of the events produced for its text;</li>
 *   <li>{@code source} / {@code target}: per gold source (target) actor, some produced event of the gold
 *   type has a source (target) actor with the actor's code, and its sector when one is given. A record
 *   with two gold sources (a compound actor) is two trials; records without gold targets add none.</li>
 * </ul>
 * Each is NaN (n/a) when nothing was scored. {@code n} is the number of records.
 */
public final class PloverSuite {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PloverSuite() {}

    public static List<PloverCase> read(Path file) throws IOException {
        return PloverGsrFile.read(file);
    }

    public static EvalReport run(List<PloverCase> cases, PloverSystem system) {
        int typeHits = 0, sourceHits = 0, sourceN = 0, targetHits = 0, targetN = 0;
        List<JsonNode> out = new ArrayList<>();
        for (PloverCase c : cases) {
            List<PloverEvent> events = system.events(c);
            Set<String> types = new LinkedHashSet<>();
            events.forEach(e -> types.add(e.type().name()));
            boolean typeOk = types.contains(c.type().name());
            if (typeOk) typeHits++;
            List<PloverEvent> ofType = events.stream().filter(e -> e.type() == c.type()).toList();

            ObjectNode j = F.objectNode().put("id", c.id()).put("text", c.text())
                    .put("gold_type", c.type().name()).put("type_ok", typeOk);
            j.putPOJO("types", new ArrayList<>(types));
            ArrayNode gs = j.putArray("gold_sources");
            for (GoldActor g : c.sources()) {
                boolean ok = found(g, ofType, PloverEvent::sources);
                sourceN++;
                if (ok) sourceHits++;
                gs.add(actor(g, ok));
            }
            ArrayNode gt = j.putArray("gold_targets");
            for (GoldActor g : c.targets()) {
                boolean ok = found(g, ofType, PloverEvent::targets);
                targetN++;
                if (ok) targetHits++;
                gt.add(actor(g, ok));
            }
            ArrayNode ev = j.putArray("events");
            for (PloverEvent e : events) {
                ObjectNode o = ev.addObject().put("type", e.type().name());
                o.put("sources", names(e.sources())).put("targets", names(e.targets()));
            }
            out.add(j);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("type", rate(typeHits, cases.size()));
        m.put("source", rate(sourceHits, sourceN));
        m.put("target", rate(targetHits, targetN));
        return new EvalReport("plover", m, cases.size(), out);
    }

    private static boolean found(GoldActor g, List<PloverEvent> events, Function<PloverEvent, List<PloverActor>> side) {
        return events.stream().flatMap(e -> side.apply(e).stream()).anyMatch(g::matches);
    }

    private static ObjectNode actor(GoldActor g, boolean ok) {
        ObjectNode o = F.objectNode().put("text", g.text()).put("code", g.code());
        if (g.sector() != null) o.put("sector", g.sector());
        return o.put("found", ok);
    }

    /** Actors as {@code SYR/GOV, ?/MIL}: compact enough to read a miss at a glance. */
    private static String names(List<PloverActor> actors) {
        return String.join(", ", actors.stream()
                .map(a -> (a.country() == null ? "?" : a.country()) + (a.sector() == null ? "" : "/" + a.sector())).toList());
    }

    private static double rate(int hits, int n) {
        return n == 0 ? Double.NaN : (double) hits / n;
    }
}
