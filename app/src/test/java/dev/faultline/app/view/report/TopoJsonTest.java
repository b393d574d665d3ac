package dev.faultline.app.view.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.app.view.report.TopoJson.Outline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Decoding TopoJSON: quantized, delta-encoded arcs, shared arcs run backwards, and plain ones. */
class TopoJsonTest {
    static List<Outline> parse(String json) throws Exception {
        return TopoJson.parse(new ObjectMapper().readTree(json));
    }

    static void assertRing(double[][] ring, double[]... expected) {
        assertThat(ring).hasNumberOfRows(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(ring[i][0]).as("lon " + i).isCloseTo(expected[i][0], within(1e-9));
            assertThat(ring[i][1]).as("lat " + i).isCloseTo(expected[i][1], within(1e-9));
        }
    }

    @Test
    void quantizedArcsAreSummedScaledAndJoinedAndANegativeIndexRunsAnArcBackwards() throws Exception {
        List<Outline> outlines = parse(Topologies.TOPOLOGY);
        assertThat(outlines).extracting(Outline::name).containsExactly("Testland", "Westland", "Farland");
        assertRing(outlines.get(0).rings().get(0), new double[]{35, 32}, new double[]{35, 37}, new double[]{40, 37},
                new double[]{40, 32}, new double[]{35, 32});
        // Westland: its own arc, then arc 0 reversed, without repeating the point they share.
        assertRing(outlines.get(1).rings().get(0), new double[]{35, 32}, new double[]{30, 32}, new double[]{30, 37},
                new double[]{35, 37}, new double[]{35, 32});
        assertThat(outlines.get(2).rings()).hasSize(1);
        assertThat(outlines.get(2).rings().get(0)[0]).containsExactly(100.0, 10.0);
    }

    @Test
    void aTopologyWithoutTransformHoldsPlainCoordinatesAndWorldAtlasTranslationIsApplied() throws Exception {
        List<Outline> plain = parse("""
                {"type": "Topology", "objects": {"land": {"type": "Polygon", "id": "9", "arcs": [[0]]}},
                 "arcs": [[[1.5, 2.5], [3.5, 2.5], [3.5, 4.5], [1.5, 2.5]]]}""");
        assertThat(plain).extracting(Outline::name).containsExactly("9");
        assertRing(plain.get(0).rings().get(0), new double[]{1.5, 2.5}, new double[]{3.5, 2.5}, new double[]{3.5, 4.5},
                new double[]{1.5, 2.5});
        List<Outline> translated = parse("""
                {"type": "Topology", "transform": {"scale": [0.5, 0.25], "translate": [-180, -90]},
                 "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                   {"type": "Polygon", "arcs": [[0]], "properties": {"name": "X"}}]}},
                 "arcs": [[[4, 8], [2, 0], [0, 4], [-2, -4]]]}""");
        assertRing(translated.get(0).rings().get(0), new double[]{-178, -88}, new double[]{-177, -88}, new double[]{-177, -87},
                new double[]{-178, -88});
    }

    @Test
    void whatIsNotATopologyIsRefused() {
        assertThatThrownBy(() -> parse("{\"type\": \"FeatureCollection\"}")).hasMessageContaining("not a TopoJSON topology");
        assertThatThrownBy(() -> parse("{\"type\": \"Topology\", \"arcs\": [], \"objects\": {\"a\": {\"type\": \"Polygon\", \"arcs\": [[0]]}}}"))
                .hasMessageContaining("out of range");
    }
}
