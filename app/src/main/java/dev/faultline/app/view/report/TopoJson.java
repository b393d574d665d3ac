package dev.faultline.app.view.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the polygons of a TopoJSON topology (world-atlas's {@code countries-110m.json}) into
 * outlines of longitude/latitude rings. Arcs are shared between neighbours and, in a quantized
 * topology (one with a {@code transform}), delta-encoded integers: a position is the running sum of
 * the deltas, scaled and translated. A ring lists arc indexes; a negative index {@code ~i} is arc
 * {@code i} reversed, and each arc after the first repeats the previous one's last point.
 */
final class TopoJson {
    /** A named shape: rings of [longitude, latitude] points, outer rings and holes alike. */
    record Outline(String name, List<double[][]> rings) {
        Outline {
            rings = List.copyOf(rings);
        }
    }

    private final double[][][] arcs;

    private TopoJson(double[][][] arcs) {
        this.arcs = arcs;
    }

    static List<Outline> read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()));
    }

    /** The outlines of the object {@code countries}, or of every object when there is none by that name. */
    static List<Outline> parse(JsonNode topology) {
        if (topology == null || !"Topology".equals(topology.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON topology (no \"type\": \"Topology\")");
        }
        TopoJson t = new TopoJson(arcs(topology.path("arcs"), topology.path("transform")));
        JsonNode objects = topology.path("objects");
        List<Outline> out = new ArrayList<>();
        if (objects.has("countries")) {
            t.geometry(objects.get("countries"), out);
        } else {
            objects.forEach(o -> t.geometry(o, out));
        }
        return out;
    }

    private static double[][][] arcs(JsonNode arcs, JsonNode transform) {
        if (!arcs.isArray()) throw new IllegalArgumentException("a topology without arcs");
        boolean quantized = transform.isObject();
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (quantized) {
            sx = number(transform.path("scale").path(0));
            sy = number(transform.path("scale").path(1));
            tx = number(transform.path("translate").path(0));
            ty = number(transform.path("translate").path(1));
        }
        double[][][] out = new double[arcs.size()][][];
        for (int i = 0; i < arcs.size(); i++) {
            JsonNode arc = arcs.get(i);
            double[][] points = new double[arc.size()][];
            double x = 0, y = 0;
            for (int j = 0; j < arc.size(); j++) {
                double px = number(arc.get(j).path(0)), py = number(arc.get(j).path(1));
                if (quantized) {
                    x += px;
                    y += py;
                    points[j] = new double[]{x * sx + tx, y * sy + ty};
                } else {
                    points[j] = new double[]{px, py};
                }
            }
            out[i] = points;
        }
        return out;
    }

    private static double number(JsonNode n) {
        if (!n.isNumber()) throw new IllegalArgumentException("a number expected in the topology, found " + n);
        return n.asDouble();
    }

    private void geometry(JsonNode g, List<Outline> out) {
        JsonNode named = g.path("properties").path("name");
        String name = named.isValueNode() ? named.asText() : g.path("id").isValueNode() ? g.path("id").asText() : "";
        switch (g.path("type").asText()) {
            case "GeometryCollection" -> g.path("geometries").forEach(child -> geometry(child, out));
            case "Polygon" -> out.add(new Outline(name, polygon(g.path("arcs"))));
            case "MultiPolygon" -> {
                List<double[][]> rings = new ArrayList<>();
                g.path("arcs").forEach(p -> rings.addAll(polygon(p)));
                out.add(new Outline(name, rings));
            }
            default -> {
                // points and lines are not outlines
            }
        }
    }

    private List<double[][]> polygon(JsonNode rings) {
        List<double[][]> out = new ArrayList<>();
        rings.forEach(r -> out.add(ring(r)));
        return out;
    }

    private double[][] ring(JsonNode indexes) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode n : indexes) {
            if (!n.canConvertToInt()) throw new IllegalArgumentException("an arc index expected, found " + n);
            int i = n.asInt();
            int arc = i < 0 ? ~i : i;
            if (arc >= arcs.length) throw new IllegalArgumentException("arc " + i + " out of range (" + arcs.length + " arcs)");
            double[][] a = arcs[arc];
            for (int k = 0; k < a.length; k++) {
                if (k == 0 && !points.isEmpty()) continue;
                points.add(i < 0 ? a[a.length - 1 - k] : a[k]);
            }
        }
        return points.toArray(double[][]::new);
    }
}
