package dev.faultline.app.view.report;

/** Country outlines for the map's tests, shared with the command line's report tests. */
public final class Topologies {
    /**
     * A quantized TopoJSON (scale 0.01, no translation): Testland (35..40°E, 32..37°N) and Westland
     * (30..35°E) share arc 0, which Westland runs backwards (~0); Farland lies at 100°E, far from the events.
     */
    public static final String TOPOLOGY = """
            {"type": "Topology",
             "transform": {"scale": [0.01, 0.01], "translate": [0, 0]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "arcs": [[0, 1]], "id": "001", "properties": {"name": "Testland"}},
               {"type": "Polygon", "arcs": [[2, -1]], "id": "002", "properties": {"name": "Westland"}},
               {"type": "MultiPolygon", "arcs": [[[3]]], "id": "003", "properties": {"name": "Farland"}}]}},
             "arcs": [
               [[3500, 3200], [0, 500]],
               [[3500, 3700], [500, 0], [0, -500], [-500, 0]],
               [[3500, 3200], [-500, 0], [0, 500], [500, 0]],
               [[10000, 1000], [100, 0], [0, 100], [-100, 0], [0, -100]]]}
            """;

    private Topologies() {
    }
}
