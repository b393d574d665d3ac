package dev.faultline.app.view.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.ForceSize;

import java.util.List;
import java.util.Locale;

/**
 * An event in the contract's shape ({@code faultline events --format jsonl}). Values the report does
 * not give are null. {@code attribution} is the chain of who says it, outlet first; with an
 * {@link Assessment} {@code corroboration} counts the independent sources that tell the story,
 * {@code confidence} weighs the coding's confidence by the claim's credibility, and
 * {@code credibility} (1..6, the Admiralty scale) is added.
 */
public final class EventJson {
    public static final int SCHEMA = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {}

    /** The event, unassessed; {@code outlet} is its article's outlet (null when unknown). */
    public static ObjectNode event(CodedEvent e, String outlet) {
        return event(e, outlet, null);
    }

    /** The event; {@code assessment} is what the corpus makes of it, or null when not assessed. */
    public static ObjectNode event(CodedEvent e, String outlet, Assessment assessment) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("id", e.id());
        o.put("article", e.article().value());
        o.put("outlet", outlet);
        o.put("sentence", e.sentence());
        o.putArray("span").add(e.begin()).add(e.end());
        o.put("text", e.text());
        o.set("date", date(e.date()));
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
        o.set("attribution", attribution(e.attribution()));
        o.put("corroboration", assessment == null ? 1 : assessment.corroboration());
        o.put("confidence", confidence(e, assessment));
        if (assessment != null) o.put("credibility", assessment.credibility());
        return o;
    }

    /** The coding's confidence, weighed by the assessment's score when there is one: c × (0.5 + 0.5 × score), to 2 decimals. */
    public static double confidence(CodedEvent e, Assessment assessment) {
        double c = assessment == null ? e.confidence() : e.confidence() * (0.5 + 0.5 * assessment.score());
        return round2(c);
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** {@code {"value", "precision", "basis"}}, or null. */
    public static ObjectNode date(EventDate d) {
        if (d == null) return null;
        return F.objectNode().put("value", d.value().value())
                .put("precision", d.value().precision().name().toLowerCase(Locale.ROOT))
                .put("basis", d.basis().label());
    }

    /**
     * A chain of attribution, outlet first: {@code [{"text", "kind", "actor": reference or null, "span": [b, e] or null}]};
     * the outlet's link has no span, as the text need not name it.
     */
    public static ArrayNode attribution(List<Attribution> chain) {
        ArrayNode a = F.arrayNode();
        for (Attribution link : chain) {
            ObjectNode o = a.addObject();
            o.put("text", link.text());
            o.put("kind", link.kind().label());
            o.set("actor", link.actor() == null ? null : ActorJson.reference(link.actor(), link.inText() ? link.text() : null));
            if (link.inText()) o.putArray("span").add(link.begin()).add(link.end());
            else o.putNull("span");
        }
        return a;
    }

    static ArrayNode actors(List<ActorMention> ms) {
        ArrayNode a = F.arrayNode();
        for (ActorMention m : ms) a.add(ActorJson.reference(m.actor(), m.text()));
        return a;
    }

    /** A place in the contract's location shape, or null. */
    public static ObjectNode location(EventPlace p) {
        if (p == null) return null;
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        if (p.geonameId() == null) o.putNull("geonameid"); else o.put("geonameid", p.geonameId());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        if (p.lat() == null) o.putNull("lat"); else o.put("lat", p.lat());
        if (p.lon() == null) o.putNull("lon"); else o.put("lon", p.lon());
        o.put("precision", p.precision() == null ? null : p.precision().name().toLowerCase(Locale.ROOT));
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
