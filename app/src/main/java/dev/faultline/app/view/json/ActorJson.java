package dev.faultline.app.view.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.store.Store.ActorSummary;

import java.util.Locale;

/**
 * Actors in the contract's shapes: the actor reference used inside events and relations, and the
 * actor listing line of {@code faultline actors --format jsonl}. Beyond the contract's fields a
 * reference carries {@code cameo}, {@code origin} (known | derived | candidate) and, for a group a
 * report defines by its backer, {@code affiliation}.
 */
public final class ActorJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ActorJson() {}

    /** An actor reference; {@code text} is the words of the report (null where there are none). */
    public static ObjectNode reference(ActorRef a, String text) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("text", text);
        o.put("kind", a.kind().label());
        o.put("country", a.country());
        o.put("sector", a.sector() == null ? null : a.sector().name());
        o.putNull("role");
        ArrayNode lineage = o.putArray("lineage");
        a.lineage().forEach(lineage::add);
        o.put("cameo", a.cameo());
        o.put("origin", a.origin().name().toLowerCase(Locale.ROOT));
        if (a.affiliation() == null) {
            o.putNull("affiliation");
        } else {
            o.putObject("affiliation").put("link", a.affiliation().link().label()).put("actor", a.affiliation().actor());
        }
        return o;
    }

    /** {@code {"actor": reference, "mentions": n, "articles": n, "spellings": [...]}}; the reference's text is the commonest spelling. */
    public static ObjectNode listing(ActorSummary s) {
        ObjectNode o = F.objectNode();
        o.set("actor", reference(s.actor(), s.spellings().isEmpty() ? null : s.spellings().get(0)));
        o.put("mentions", s.mentions());
        o.put("articles", s.articles());
        ArrayNode spellings = o.putArray("spellings");
        s.spellings().forEach(spellings::add);
        return o;
    }
}
