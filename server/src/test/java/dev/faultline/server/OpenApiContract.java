package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates real responses against the OpenAPI document the server serves at {@code /api/openapi.json} (its JSON
 * Schemas, with the OpenAPI 3.1 dialect, by networknt's validator): the schema of a path's response for a status.
 */
final class OpenApiContract {
    static final String URI = "https://faultline.test/api/openapi.json";

    final JsonNode doc;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(String served, JsonNode doc) {
        this.doc = doc;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(l -> l.schemas(Map.of(URI, served))));
    }

    /** The violations of {@code body} against the schema of {@code path}'s {@code method} response {@code status}. */
    List<String> violations(String method, String path, int status, JsonNode body) {
        String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status + "/content/application~1json/schema";
        if (doc.at(pointer).isMissingNode()) throw new AssertionError("the OpenAPI document describes no " + method + " " + path + " " + status);
        JsonSchema s = schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(URI + "#" + p)));
        return s.validate(body).stream().map(ValidationMessage::toString).toList();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
