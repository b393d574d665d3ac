package dev.faultline.eval.re3d;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.eval.JsonLinesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a re3d folder: either one source folder, or a folder of source folders. */
public final class Re3dCorpus {
    private Re3dCorpus() {}

    public static List<Re3dDocument> read(Path data) throws IOException {
        if (Files.exists(data.resolve("documents.json"))) return readSource(data);
        List<Re3dDocument> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(data)) {
            for (Path d : dirs.filter(p -> Files.exists(p.resolve("documents.json"))).sorted().toList()) {
                all.addAll(readSource(d));
            }
        }
        if (all.isEmpty()) throw new IOException(data + " holds no re3d documents.json (expected it there or in its subfolders)");
        return all;
    }

    static List<Re3dDocument> readSource(Path dir) throws IOException {
        Map<String, List<Re3dDocument.Entity>> entities = new HashMap<>();
        for (JsonNode e : optional(dir.resolve("entities.json"))) {
            entities.computeIfAbsent(e.path("documentId").asText(), k -> new ArrayList<>()).add(new Re3dDocument.Entity(
                    e.path("type").asText(), e.path("begin").asInt(), e.path("end").asInt(), e.path("value").asText()));
        }
        Map<String, List<Re3dDocument.Relation>> relations = new HashMap<>();
        for (JsonNode r : optional(dir.resolve("relations.json"))) {
            relations.computeIfAbsent(r.path("documentId").asText(), k -> new ArrayList<>()).add(new Re3dDocument.Relation(
                    r.path("type").asText(), r.path("sourceBegin").asInt(), r.path("sourceEnd").asInt(), r.path("source").asText(),
                    r.path("targetBegin").asInt(), r.path("targetEnd").asInt(), r.path("target").asText()));
        }
        List<Re3dDocument> docs = new ArrayList<>();
        for (JsonNode d : JsonLinesFile.read(dir.resolve("documents.json"))) {
            String id = d.path("_id").asText();
            docs.add(new Re3dDocument(id, d.path("sourceName").asText(dir.getFileName().toString()), d.path("title").asText(null),
                    d.path("text").asText(), entities.getOrDefault(id, List.of()), relations.getOrDefault(id, List.of())));
        }
        return docs;
    }

    private static List<JsonNode> optional(Path file) throws IOException {
        return Files.exists(file) ? JsonLinesFile.read(file) : List.of();
    }
}
