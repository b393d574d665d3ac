package dev.faultline.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chain of {@link Attribution}s as JSON text, outlet first:
 * {@code [{"text":"DEBKA Weekly","kind":"media","actor_id":null,"begin":-1,"end":-1}, ...]}. A link's
 * actor is stored by id only; {@link #resolve} turns the stored links back into attributions with
 * the references stored under those ids. Reads what it writes and the same objects however spaced,
 * ordered or escaped (as PostgreSQL's {@code jsonb} prints them), fields it does not know ignored; a
 * null or blank column is an empty chain. Anything else is refused.
 */
final class AttributionJson {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A link as stored: its actor an id, or null. */
    record StoredLink(String text, AttributionKind kind, String actorId, int begin, int end) {
    }

    private AttributionJson() {
    }

    static String write(List<Attribution> chain) {
        ArrayNode out = JSON.createArrayNode();
        for (Attribution a : chain) {
            ObjectNode link = out.addObject();
            link.put("text", a.text());
            link.put("kind", a.kind().label());
            if (a.actor() == null) link.putNull("actor_id");
            else link.put("actor_id", a.actor().id());
            link.put("begin", a.begin());
            link.put("end", a.end());
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree of strings and numbers", e);
        }
    }

    /** The links of a stored chain; throws IllegalArgumentException naming what is wrong. */
    static List<StoredLink> read(String json) {
        if (json == null || json.isBlank()) return List.of();
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON attribution chain: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isArray()) throw new IllegalArgumentException("not a JSON array of attribution links: " + json);
        List<StoredLink> out = new ArrayList<>(tree.size());
        for (JsonNode link : tree) {
            if (!link.isObject()) throw new IllegalArgumentException("an attribution link is not a JSON object: " + link);
            JsonNode actor = link.path("actor_id");
            if (!actor.isMissingNode() && !actor.isNull() && !actor.isTextual()) {
                throw new IllegalArgumentException("an attribution link's actor_id is not text: " + link);
            }
            out.add(new StoredLink(text(link, "text"), AttributionKind.parse(text(link, "kind")),
                    actor.isTextual() ? actor.textValue() : null, integer(link, "begin"), integer(link, "end")));
        }
        return out;
    }

    /** The actor ids the chains name, each once. */
    static Set<String> actorIds(Collection<List<StoredLink>> chains) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<StoredLink> chain : chains) {
            for (StoredLink l : chain) if (l.actorId() != null) ids.add(l.actorId());
        }
        return ids;
    }

    /** The chain with each link's actor the reference stored under its id, or none where {@code actors} lacks it. */
    static List<Attribution> resolve(List<StoredLink> chain, Map<String, ActorRef> actors) {
        List<Attribution> out = new ArrayList<>(chain.size());
        for (StoredLink l : chain) {
            out.add(new Attribution(l.text(), l.kind(), l.actorId() == null ? null : actors.get(l.actorId()), l.begin(), l.end()));
        }
        return out;
    }

    private static String text(JsonNode link, String field) {
        JsonNode v = link.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("an attribution link lacks the text '" + field + "': " + link);
        return v.textValue();
    }

    private static int integer(JsonNode link, String field) {
        JsonNode v = link.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("an attribution link lacks the integer '" + field + "': " + link);
        }
        return v.intValue();
    }
}
