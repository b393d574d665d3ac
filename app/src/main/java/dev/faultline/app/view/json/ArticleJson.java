package dev.faultline.app.view.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.domain.Article;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Span;

/** An article in the contract's shape (schema 1), plus {@code format}, {@code item} and {@code dropped}. */
public final class ArticleJson {
    public static final int SCHEMA = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArticleJson() {}

    public static ObjectNode of(Article a) {
        ObjectNode o = F.objectNode();
        o.put("schema", SCHEMA);
        o.put("id", a.id().value());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("path", a.source().path());
        o.put("format", a.source().format().name().toLowerCase(java.util.Locale.ROOT));
        o.put("item", a.source().item());
        o.set("published", published(a.published()));
        o.put("language", a.language());
        o.put("duplicate_of", a.duplicateOf() == null ? null : a.duplicateOf().value());
        o.put("text", a.text());
        ArrayNode problems = o.putArray("problems");
        for (Problem p : a.problems()) problems.add(p.message());
        ArrayNode dropped = o.putArray("dropped");
        for (Span s : a.dropped()) {
            dropped.addObject().put("start", s.start()).put("end", s.end()).put("reason", s.reason());
        }
        return o;
    }

    static ObjectNode published(PublishedDate p) {
        if (p == null) return null;
        return F.objectNode().put("value", p.date().value()).put("precision", p.date().precision().label())
                .put("estimated", p.estimated());
    }
}
