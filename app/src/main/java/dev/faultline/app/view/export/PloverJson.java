package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.store.ArticleInfo;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;

import java.io.PrintWriter;
import java.util.List;

/**
 * The events in PLOVER's event-data shape, one JSON object a line: {@code id}, {@code date}
 * (2018-10-02, 2018-10 or 2018, as precise as the report) with {@code date_precision},
 * {@code event_type} (one of PLOVER's sixteen types), {@code mode} and {@code context} (PLOVER's
 * qualifiers), {@code source_actor} and {@code target_actor} (the actors of each side: the report's
 * words as {@code text}, with the actor's {@code id}, {@code name}, CAMEO {@code code},
 * {@code country} and {@code sector}), {@code location} ({@code name, country, admin1, lat, lon,
 * geonameid, precision}, or null), {@code text} (the sentence the event is coded from),
 * {@code publisher} (the outlet), {@code story_id} (the article), {@code url} and
 * {@code date_published}; Faultline's own coding under {@code faultline}: {@code cameo},
 * {@code quad}, {@code goldstein}, {@code modality}, {@code attribution} (the chain of who says it,
 * outlet first), {@code confidence}, {@code credibility} and {@code corroboration}.
 */
public final class PloverJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PloverJson() {
    }

    /** Writes one line per event; returns how many. */
    public static int write(CorpusModel corpus, PrintWriter out) {
        int n = 0;
        for (CodedEvent e : corpus.events()) {
            JsonLines.write(out, event(e, corpus.article(e.article()), corpus.assessment(e.id())));
            n++;
        }
        out.flush();
        return n;
    }

    public static ObjectNode event(CodedEvent e, ArticleInfo article, Assessment a) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("date", Values.date(e));
        o.put("date_precision", e.date() == null ? null : Values.precision(e.date().value()));
        o.put("event_type", e.type().name());
        o.put("mode", e.mode() == null || e.mode().isEmpty() ? null : e.mode());
        ArrayNode context = o.putArray("context");
        e.context().forEach(context::add);
        o.set("source_actor", actors(e.source()));
        o.set("target_actor", actors(e.target()));
        o.set("location", location(e.place()));
        o.put("text", e.text());
        o.put("publisher", article == null ? null : article.outlet());
        o.put("story_id", e.article().value());
        o.put("url", article == null ? null : article.url());
        o.put("date_published", article == null || article.published() == null ? null : article.published().date().value());
        ObjectNode f = o.putObject("faultline");
        f.put("cameo", e.cameo());
        f.put("quad", e.quad());
        f.put("goldstein", e.goldstein());
        f.put("modality", e.modality().label());
        f.set("attribution", EventJson.attribution(e.attribution()));
        f.put("confidence", EventJson.confidence(e, a));
        if (a == null) f.putNull("credibility"); else f.put("credibility", a.credibility());
        f.put("corroboration", a == null ? 1 : a.corroboration());
        return o;
    }

    private static ArrayNode actors(List<ActorMention> ms) {
        ArrayNode arr = F.arrayNode();
        for (ActorMention m : ms) {
            ActorRef r = m.actor();
            arr.addObject().put("text", m.text()).put("id", r.id()).put("name", r.name()).put("code", r.cameo())
                    .put("country", r.country()).put("sector", r.sector() == null ? null : r.sector().name());
        }
        return arr;
    }

    private static ObjectNode location(EventPlace p) {
        if (p == null) return null;
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        if (p.lat() == null) o.putNull("lat"); else o.put("lat", p.lat());
        if (p.lon() == null) o.putNull("lon"); else o.put("lon", p.lon());
        if (p.geonameId() == null) o.putNull("geonameid"); else o.put("geonameid", p.geonameId());
        o.put("precision", Values.lower(p.precision()));
        return o;
    }
}
