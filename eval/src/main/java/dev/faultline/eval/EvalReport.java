package dev.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A suite's result: named metrics (numbers in 0..1), the number of cases scored, and the cases
 * themselves. Written as JSON whose top-level keys are the metric names, {@code n} and {@code cases};
 * a suite whose metrics rest on different numbers of cases gives each metric's {@code counts} too
 * (written under {@code "counts"} and shown in the table).
 */
public record EvalReport(String suite, Map<String, Double> metrics, int n, List<JsonNode> cases, Map<String, Count> counts) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How many of a metric's cases it found, of how many. */
    public record Count(int found, int of) {}

    public EvalReport(String suite, Map<String, Double> metrics, int n, List<JsonNode> cases) {
        this(suite, metrics, n, cases, Map.of());
    }

    public EvalReport {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        cases = List.copyOf(cases);
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        for (var e : metrics.entrySet()) {
            double v = e.getValue();
            if (!Double.isNaN(v) && (v < 0 || v > 1)) {
                throw new IllegalArgumentException("metric " + e.getKey() + " = " + v + " is outside 0..1");
            }
        }
    }

    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("suite", suite);
        metrics.forEach((k, v) -> {
            if (Double.isNaN(v)) o.putNull(k); else o.put(k, Math.round(v * 10000) / 10000.0);
        });
        o.put("n", n);
        if (!counts.isEmpty()) {
            ObjectNode c = o.putObject("counts");
            counts.forEach((k, v) -> c.putObject(k).put("found", v.found()).put("of", v.of()));
        }
        o.putArray("cases").addAll(cases);
        return o;
    }

    public void write(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        JSON.writeValue(out.toFile(), toJson());
    }

    /** A short table for the terminal: one metric a line. */
    public void printTable(PrintWriter out) {
        out.printf(Locale.ROOT, "%s (n = %d)%n", suite, n);
        int w = metrics.keySet().stream().mapToInt(String::length).max().orElse(6);
        metrics.forEach((k, v) -> {
            Count c = counts.get(k);
            out.printf(Locale.ROOT, "  %-" + w + "s  %s%s%n", k, Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v),
                    c == null ? "" : String.format(Locale.ROOT, "  (%d of %d)", c.found(), c.of()));
        });
        out.flush();
    }
}
