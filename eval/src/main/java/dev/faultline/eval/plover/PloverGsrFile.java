package dev.faultline.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.domain.event.PloverType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code plover-gsr-*.json}: a JSON array whose records carry {@code id, date, event, text,
 * source, target}. Records whose {@code event} is {@code DOCUMENT} (the header) are skipped; an
 * {@code event} that is no PLOVER type, current or retired, is an error naming the record. An actor
 * list may be an array, {@code ""} or null; an actor without a {@code code} cannot be scored and is
 * left out.
 */
public final class PloverGsrFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverGsrFile() {}

    public static List<PloverCase> read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(file + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) throw new IOException(file + " is not a JSON array of PLOVER records");
        List<PloverCase> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : root) {
            i++;
            String label = r.path("event").asText("");
            if ("DOCUMENT".equalsIgnoreCase(label)) continue;
            String id = r.path("id").asText("#" + i);
            PloverType type = PloverType.parse(label).orElseThrow(() ->
                    new IOException(file + " record " + id + ": event '" + label + "' is no PLOVER type"));
            if (!r.path("text").isTextual()) throw new IOException(file + " record " + id + " has no text");
            out.add(new PloverCase(id, r.path("date").asText(""), r.path("text").asText(), type, label,
                    actors(r.get("source")), actors(r.get("target"))));
        }
        return out;
    }

    private static List<GoldActor> actors(JsonNode list) {
        List<GoldActor> out = new ArrayList<>();
        if (list == null || !list.isArray()) return out;
        for (JsonNode a : list) {
            String code = a.path("code").asText("");
            if (code.isBlank()) continue;
            JsonNode sector = a.get("sector");
            out.add(new GoldActor(a.path("actorText").asText("").strip(), code,
                    sector == null || sector.isNull() ? null : sector.asText()));
        }
        return out;
    }
}
