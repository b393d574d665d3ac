package dev.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file of one JSON object a line (mongoexport style, possibly with a byte-order mark). */
public final class JsonLinesFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesFile() {}

    public static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String l = n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (l.isBlank()) continue;
            try {
                out.add(JSON.readTree(l));
            } catch (IOException e) {
                throw new IOException(file + " line " + n + " is not JSON: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
