package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.text.Chains;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.store.ArticleInfo;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The events that have coordinates as a GeoJSON FeatureCollection (RFC 7946; opens in QGIS, kepler.gl,
 * geojson.io): one Point feature per event, coordinates {@code [longitude, latitude]} in WGS 84, its id
 * the event's, and flat properties a GIS attribute table can hold: {@code id, date, date_precision,
 * type, mode, cameo, quad, goldstein, modality, source_ids, source_names, target_ids, target_names,
 * place, country, admin1, geonameid, precision, outlet, article, url, text, attribution, confidence,
 * credibility, corroboration} (several actors of a side are joined by ';'). Events without
 * coordinates are left out. Written as a stream, one feature a line.
 */
public final class GeoJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private GeoJson() {
    }

    /** Writes the collection, one feature a line; returns how many features it holds. Does not close {@code out}. */
    public static int write(CorpusModel corpus, Writer out) {
        ObjectMapper json = JsonLines.mapper();
        int n = 0;
        try {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (CodedEvent e : corpus.events()) {
                if (!Values.located(e)) continue;
                out.write(n == 0 ? "\n" : ",\n");
                out.write(json.writeValueAsString(feature(e, corpus.article(e.article()), corpus.assessment(e.id()))));
                n++;
            }
            out.write("\n]}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write GeoJSON: " + e.getMessage(), e);
        }
        return n;
    }

    /** One event as a Point feature; the event must have coordinates. */
    public static ObjectNode feature(CodedEvent e, ArticleInfo article, Assessment a) {
        EventPlace p = e.place();
        ObjectNode f = F.objectNode();
        f.put("type", "Feature");
        f.put("id", e.id());
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(p.lon()).add(p.lat());
        ObjectNode o = f.putObject("properties");
        o.put("id", e.id());
        o.put("date", Values.date(e));
        o.put("date_precision", e.date() == null ? null : Values.precision(e.date().value()));
        o.put("type", e.type().name());
        o.put("mode", e.mode() == null || e.mode().isEmpty() ? null : e.mode());
        o.put("cameo", e.cameo());
        o.put("quad", e.quad());
        o.put("goldstein", e.goldstein());
        o.put("modality", e.modality().label());
        o.put("source_ids", Values.ids(e.source()));
        o.put("source_names", Values.names(e.source()));
        o.put("target_ids", Values.ids(e.target()));
        o.put("target_names", Values.names(e.target()));
        o.put("place", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        if (p.geonameId() == null) o.putNull("geonameid"); else o.put("geonameid", p.geonameId());
        o.put("precision", Values.lower(p.precision()));
        o.put("outlet", article == null ? null : article.outlet());
        o.put("article", e.article().value());
        o.put("url", article == null ? null : article.url());
        o.put("text", e.text());
        o.put("attribution", Chains.all(e.attribution()));
        o.put("confidence", EventJson.confidence(e, a));
        if (a == null) o.putNull("credibility"); else o.put("credibility", a.credibility());
        o.put("corroboration", a == null ? 1 : a.corroboration());
        return f;
    }
}
