package dev.faultline.app.view.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;

import java.util.List;

/**
 * A force claim in the contract's shape ({@code faultline forces ACTOR --format jsonl}): whose forces,
 * how many (and how the figure is put: {@code estimate} exact, about, at_least, at_most, from, to),
 * where, when, in what words, on whose word, and how credible. Beyond the contract it carries
 * {@code schema}, {@code id}, {@code span}, {@code modality}, {@code outlet}, {@code corroboration}
 * and {@code contradictions}.
 */
public final class ForceJson {
    public static final int SCHEMA = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ForceJson() {}

    /** The claim; {@code outlet} its article's outlet (null when unknown), {@code a} its assessment, or null. */
    public static ObjectNode of(ForceClaim f, String outlet, Assessment a) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("id", f.id());
        o.set("actor", ActorJson.reference(f.actor().actor(), f.actor().text()));
        o.put("personnel", f.personnel());
        o.put("estimate", f.estimate().label());
        o.set("place", EventJson.location(f.place()));
        o.set("date", EventJson.date(f.date()));
        o.put("text", f.text());
        o.put("modality", f.modality().label());
        o.set("attribution", EventJson.attribution(f.attribution()));
        o.put("article", f.article().value());
        o.put("outlet", outlet);
        o.putArray("span").add(f.begin()).add(f.end());
        o.put("corroboration", a == null ? 1 : a.corroboration());
        if (a == null) o.putNull("credibility"); else o.put("credibility", a.credibility());
        o.set("contradictions", ClaimJson.contradictions(a == null ? List.of() : a.contradictions()));
        return o;
    }
}
