package dev.faultline.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.ForceSize;

import java.util.List;
import java.util.Locale;

/**
 * An event in the contract's shape ({@code faultline events --format jsonl}). Values the report does
 * not give are null. Until geocoding (issue 6) a location has its name and null coordinates; until
 * attribution chains (issue 7) {@code attribution} is empty and {@code corroboration} is 1 (this report).
 */
public final class EventJson {
    public static final int SCHEMA = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {}

    /** The event; {@code outlet} is its article's outlet (null when unknown). */
    public static ObjectNode event(CodedEvent e, String outlet) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("id", e.id());
        o.put("article", e.article().value());
        o.put("outlet", outlet);
        o.put("sentence", e.sentence());
        o.putArray("span").add(e.begin()).add(e.end());
        o.put("text", e.text());
        if (e.date() == null) {
            o.putNull("date");
        } else {
            o.putObject("date").put("value", e.date().value().value())
                    .put("precision", e.date().value().precision().name().toLowerCase(Locale.ROOT))
                    .put("basis", e.date().basis().label());
        }
        o.set("source", actors(e.source()));
        o.set("target", actors(e.target()));
        o.put("type", e.type().name());
        o.put("mode", e.mode().isEmpty() ? null : e.mode());
        ArrayNode context = o.putArray("context");
        e.context().forEach(context::add);
        o.put("cameo", e.cameo());
        o.put("quad", e.quad());
        o.put("goldstein", e.goldstein());
        o.put("modality", e.modality().label());
        o.set("location", location(e.place()));
        o.set("size", size(e.size()));
        o.putArray("attribution");
        o.put("corroboration", 1);
        o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return o;
    }

    private static ArrayNode actors(List<ActorMention> ms) {
        ArrayNode a = F.arrayNode();
        for (ActorMention m : ms) a.add(ActorJson.reference(m.actor(), m.text()));
        return a;
    }

    private static ObjectNode location(EventPlace p) {
        if (p == null) return null;
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        if (p.geonameId() == null) o.putNull("geonameid"); else o.put("geonameid", p.geonameId());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        if (p.lat() == null) o.putNull("lat"); else o.put("lat", p.lat());
        if (p.lon() == null) o.putNull("lon"); else o.put("lon", p.lon());
        o.put("precision", p.precision() == null ? null : p.precision().name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }

    private static ObjectNode size(ForceSize s) {
        if (s == null) return null;
        ObjectNode o = F.objectNode();
        if (s.personnel() == null) o.putNull("personnel"); else o.put("personnel", s.personnel());
        if (s.killed() == null) o.putNull("killed"); else o.put("killed", s.killed());
        if (s.injured() == null) o.putNull("injured"); else o.put("injured", s.injured());
        o.put("text", s.text());
        return o;
    }
}
