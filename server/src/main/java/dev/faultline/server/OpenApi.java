package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI 3.1 document at {@code /api/openapi.json}: the paths and the API's own shapes from
 * {@code openapi.json} beside this class, and the contract's row schemas (the ones the command line's rows are tested
 * against) embedded as they are, so that the API and the CLI cannot describe a row differently.
 */
final class OpenApi {
    /** Component name → the application's row schema it embeds. */
    static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("Article", "article");
        ROWS.put("ActorListing", "actor");
        ROWS.put("Event", "event");
        ROWS.put("Claim", "claim");
        ROWS.put("Force", "force");
        ROWS.put("Relation", "relation");
        ROWS.put("Dyad", "dyad");
        ROWS.put("Rupture", "rupture");
        ROWS.put("Bloc", "bloc");
    }

    private final String text;

    OpenApi(String version) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) read(mapper, "/dev/faultline/server/openapi.json");
        ((ObjectNode) doc.path("info")).put("version", version);
        ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
        ROWS.forEach((name, file) -> schemas.set(name, read(mapper, "/dev/faultline/app/view/schema/" + file + ".schema.json")));
        try {
            this.text = mapper.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenAPI document", e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    String text() {
        return text;
    }

    void serve(Context ctx) {
        ctx.contentType("application/json").result(text);
    }
}
