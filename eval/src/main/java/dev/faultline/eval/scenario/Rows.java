package dev.faultline.eval.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Short forms of produced rows for a report's cases: enough for a person to see why a fact was found or missed. */
final class Rows {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int TEXT = 240;

    private Rows() {}

    /** An event: id, date, type, CAMEO, modality, place, source and target ids, and its sentence (cut to 240 characters). */
    static ObjectNode event(JsonNode e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.path("id").asText(null));
        o.put("date", e.path("date").path("value").asText(null));
        o.put("type", e.path("type").asText(null));
        o.put("cameo", e.path("cameo").asText(null));
        o.put("modality", e.path("modality").asText(null));
        o.put("place", e.path("location").path("name").asText(null));
        o.set("source", ids(e.path("source")));
        o.set("target", ids(e.path("target")));
        String text = e.path("text").asText("");
        o.put("text", text.length() <= TEXT ? text : text.substring(0, TEXT) + "…");
        return o;
    }

    /** A relation row: type, a, b, basis, from, to. */
    static ObjectNode relation(JsonNode r) {
        ObjectNode o = F.objectNode();
        o.put("type", r.path("type").asText(null));
        o.put("a", r.path("a").path("id").asText(null));
        o.put("b", r.path("b").path("id").asText(null));
        o.put("basis", r.path("basis").asText(null));
        o.put("from", r.path("from").asText(null));
        o.put("to", r.path("to").asText(null));
        return o;
    }

    /** A rupture row: a, b, period, before, after, p_value. */
    static ObjectNode rupture(JsonNode r) {
        ObjectNode o = F.objectNode();
        o.put("a", r.path("a").path("id").asText(null));
        o.put("b", r.path("b").path("id").asText(null));
        o.put("period", r.path("period").asText(null));
        o.set("before", r.path("before"));
        o.set("after", r.path("after"));
        o.set("p_value", r.path("p_value"));
        return o;
    }

    private static ArrayNode ids(JsonNode actors) {
        ArrayNode a = F.arrayNode();
        for (JsonNode x : actors) a.add(x.path("id").asText());
        return a;
    }
}
