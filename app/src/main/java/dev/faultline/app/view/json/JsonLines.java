package dev.faultline.app.view.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Writes one JSON value per line; nulls are written, never dropped (the contract says missing is null). */
public final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonLines() {}

    public static void write(PrintWriter out, JsonNode value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
