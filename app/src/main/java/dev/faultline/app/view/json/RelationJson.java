package dev.faultline.app.view.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.DyadPoint;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.Rupture;

import java.util.List;

/** The contract's shapes for relations, dyad series, ruptures and blocs. */
public final class RelationJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RelationJson() {
    }

    public static ObjectNode relation(Relation r) {
        ObjectNode o = F.objectNode().put("schema", 1).put("type", r.type().label());
        o.set("a", ActorJson.reference(r.a(), null));
        o.set("b", ActorJson.reference(r.b(), null));
        o.put("from", value(r.from())).put("to", value(r.to())).put("score", r.score());
        o.set("evidence", strings(r.evidence()));
        o.put("citation", r.citation());
        o.put("basis", r.basis().name().toLowerCase(java.util.Locale.ROOT)).put("rolled_up", r.rolledUp());
        return o;
    }

    public static ObjectNode dyad(DyadSeries d) {
        ObjectNode o = F.objectNode().put("schema", 1);
        o.set("a", ActorJson.reference(d.a(), null));
        o.set("b", ActorJson.reference(d.b(), null));
        o.put("by", d.by().label());
        ArrayNode series = o.putArray("series");
        for (DyadPoint p : d.series()) {
            ObjectNode n = series.addObject().put("period", p.period()).put("events", p.events()).put("cooperation", p.cooperation())
                    .put("conflict", p.conflict()).put("balance", p.balance());
            n.set("evidence", strings(p.evidence()));
        }
        return o;
    }

    public static ObjectNode rupture(Rupture r) {
        ObjectNode o = F.objectNode().put("schema", 1);
        o.set("a", ActorJson.reference(r.a(), null));
        o.set("b", ActorJson.reference(r.b(), null));
        o.put("period", r.period()).put("before", r.before()).put("after", r.after()).put("p_value", Math.round(r.pValue() * 10000) / 10000.0);
        o.set("evidence", strings(r.evidence()));
        return o;
    }

    public static ObjectNode bloc(Bloc b) {
        ObjectNode o = F.objectNode().put("schema", 1).put("period", b.period());
        ArrayNode groups = o.putArray("groups");
        for (List<String> g : b.groups()) groups.add(strings(g));
        return o;
    }

    /** An order-of-battle row ({@code faultline order-of-battle --format jsonl}): an actor's forces at a place in a period. */
    public static ObjectNode standing(ForceStanding f) {
        ObjectNode o = F.objectNode().put("schema", 1).put("period", f.period());
        o.set("actor", ActorJson.reference(f.actor(), null));
        o.set("place", f.place() == null ? null : EventJson.location(f.place()));
        o.put("low", f.low()).put("high", f.high());
        o.set("claims", strings(f.claims()));
        return o;
    }

    private static ArrayNode strings(List<String> xs) {
        ArrayNode a = F.arrayNode();
        xs.forEach(a::add);
        return a;
    }

    private static String value(PartialDate d) {
        return d == null ? null : d.value();
    }
}
