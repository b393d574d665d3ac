package dev.faultline.app.view.json;

import dev.faultline.store.ArticleInfo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;

import java.util.List;
import java.util.Objects;

/**
 * A claim with its assessment ({@code faultline claims --format jsonl}): an event ({@code "kind":
 * "event"}, with {@code type}, {@code source} and {@code target}; {@code actor}, {@code personnel}
 * and {@code estimate} null) or a force claim ({@code "kind": "force"}, the other way round), with
 * who says it, the story it belongs to, its independent sources, the claims that contradict it and
 * its credibility with the reasons.
 */
public final class ClaimJson {
    public static final int SCHEMA = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimJson() {}

    /** An event as a claim; {@code article} is its article (null when not stored). */
    public static ObjectNode event(CodedEvent e, ArticleInfo article, Assessment a) {
        ObjectNode o = head(e.id(), "event", e.article().value(), article, e.sentence(), e.begin(), e.end());
        o.set("date", EventJson.date(e.date()));
        o.put("text", e.text());
        o.put("type", e.type().name());
        o.set("source", EventJson.actors(e.source()));
        o.set("target", EventJson.actors(e.target()));
        o.putNull("actor");
        o.putNull("personnel");
        o.putNull("estimate");
        o.set("location", EventJson.location(e.place()));
        o.put("modality", e.modality().label());
        o.set("attribution", EventJson.attribution(e.attribution()));
        assessment(o, a);
        return o;
    }

    /** A force claim as a claim. */
    public static ObjectNode force(ForceClaim f, ArticleInfo article, Assessment a) {
        ObjectNode o = head(f.id(), "force", f.article().value(), article, f.sentence(), f.begin(), f.end());
        o.set("date", EventJson.date(f.date()));
        o.put("text", f.text());
        o.putNull("type");
        o.putNull("source");
        o.putNull("target");
        o.set("actor", ActorJson.reference(f.actor().actor(), f.actor().text()));
        o.put("personnel", f.personnel());
        o.put("estimate", f.estimate().label());
        o.set("location", EventJson.location(f.place()));
        o.put("modality", f.modality().label());
        o.set("attribution", EventJson.attribution(f.attribution()));
        assessment(o, a);
        return o;
    }

    private static ObjectNode head(String id, String kind, String articleId, ArticleInfo article, int sentence, int begin, int end) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("id", id);
        o.put("kind", kind);
        o.put("article", articleId);
        o.put("outlet", article == null ? null : article.outlet());
        o.put("published", article == null || article.published() == null ? null : article.published().date().value());
        o.put("sentence", sentence);
        o.putArray("span").add(begin).add(end);
        return o;
    }

    private static void assessment(ObjectNode o, Assessment a) {
        Objects.requireNonNull(a, "a claim line needs its assessment");
        o.put("story", a.story());
        o.put("corroboration", a.corroboration());
        o.set("sources", strings(a.sources()));
        o.set("same_story", strings(a.sameStory()));
        o.set("contradictions", contradictions(a.contradictions()));
        o.put("grade", a.grade().name());
        o.put("credibility", a.credibility());
        o.put("credibility_label", a.label());
        o.put("score", EventJson.round2(a.score()));
        o.set("reasons", strings(a.reasons()));
    }

    /** {@code [{"claim": id, "why": "..."}]}. */
    public static ArrayNode contradictions(List<Contradiction> cs) {
        ArrayNode arr = F.arrayNode();
        for (Contradiction c : cs) arr.addObject().put("claim", c.claim()).put("why", c.why());
        return arr;
    }

    private static ArrayNode strings(List<String> ss) {
        ArrayNode arr = F.arrayNode();
        ss.forEach(arr::add);
        return arr;
    }
}
