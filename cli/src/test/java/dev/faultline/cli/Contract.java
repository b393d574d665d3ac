package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** Reads JSON Lines output and checks each line against one of the contract's schemas. */
final class Contract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Contract() {}

    static List<JsonNode> lines(String jsonl) {
        return jsonl.lines().filter(l -> !l.isBlank()).map(Contract::parse).toList();
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    static Set<ValidationMessage> violations(String schema, JsonNode node) {
        try (InputStream in = Contract.class.getResourceAsStream("/dev/faultline/app/view/schema/" + schema + ".schema.json")) {
            if (in == null) throw new IllegalStateException("no schema " + schema);
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return s.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
