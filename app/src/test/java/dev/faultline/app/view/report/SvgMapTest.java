package dev.faultline.app.view.report;

import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.MapPoint;
import dev.faultline.app.view.report.TopoJson.Outline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The map: a box around the events, outlines cropped to it, a circle with a tooltip per event. */
class SvgMapTest {
    static MapPoint point(double lat, double lon, int quad, String sentence) {
        EventRow e = new EventRow("e", "2018-10-02", "ASSAULT", quad, "asserted", "Israel → Iran", sentence, "Damascus", "Reuters",
                "title", "Reuters", 2, "probably true", List.of());
        return new MapPoint(lat, lon, quad, "Damascus", e);
    }

    static Element svg(List<Outline> outlines, List<MapPoint> points) {
        return Jsoup.parse("<body>" + SvgMap.render(outlines, points) + "</body>").selectFirst("svg");
    }

    @Test
    void theBoxHoldsEveryEventWithAMarginInsideTheWorld() {
        SvgMap.Box b = SvgMap.around(List.of(point(33.5, 36.3, 4, "a"), point(36.2, 37.2, 2, "b")));
        assertThat(b.west()).isLessThan(36.3 - 2.9);
        assertThat(b.east()).isGreaterThan(37.2 + 2.9);
        assertThat(b.south()).isLessThan(33.5 - 2.9);
        assertThat(b.north()).isGreaterThan(36.2 + 2.9);
        SvgMap.Box pole = SvgMap.around(List.of(point(89, 179.5, 1, "a")));
        assertThat(pole.north()).isLessThanOrEqualTo(85);
        assertThat(pole.east()).isLessThanOrEqualTo(180);
    }

    @Test
    void outlinesAreCroppedToTheMapAndThoseOutsideLeftOut() throws Exception {
        List<Outline> outlines = TopoJsonTest.parse(Topologies.TOPOLOGY);
        // A big country that runs far beyond the box on every side (no edge spans half the world: that is the antimeridian).
        Outline big = new Outline("Bigland", List.<double[][]>of(new double[][]{{-100, -60}, {0, -60}, {100, -60}, {150, -60}, {150, 80},
                {50, 80}, {-50, 80}, {-100, 80}, {-100, -60}}));
        Element svg = svg(List.of(outlines.get(0), outlines.get(1), outlines.get(2), big), List.of(point(34.5, 37.5, 4, "a")));
        assertThat(svg.select("path.country > title").eachText()).containsExactly("Testland", "Westland", "Bigland");
        String[] box = svg.attr("viewBox").split(" ");
        double width = Double.parseDouble(box[2]), height = Double.parseDouble(box[3]);
        Matcher m = Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)").matcher(String.join(" ", svg.select("path.country").eachAttr("d")));
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(Double.parseDouble(m.group(1))).isBetween(0.0, width);
            assertThat(Double.parseDouble(m.group(2))).isBetween(0.0, height);
        }
        assertThat(n).isGreaterThan(8);
        // Bigland covers the whole map: cropped, it is the map's own rectangle.
        assertThat(svg.select("path.country").last().attr("d")).matches("M[\\d.]+,[\\d.]+(L[\\d.]+,[\\d.]+){3}Z");
    }

    @Test
    void aRingAcrossTheAntimeridianIsUnwrappedWithACopyOnTheOtherSide() {
        double[][] ring = {{170, 60}, {-170, 60}, {-170, 70}, {170, 70}, {170, 60}};
        List<double[][]> planar = SvgMap.planar(ring);
        assertThat(planar).hasSize(2);
        assertThat(planar.get(0)[1]).containsExactly(190.0, 60.0);
        assertThat(planar.get(1)[0]).containsExactly(-190.0, 60.0);
        assertThat(SvgMap.planar(new double[][]{{1, 1}, {2, 1}, {2, 2}, {1, 1}})).hasSize(1);
    }

    @Test
    void eachEventIsACircleClassedByQuadWithItsStoryAsTooltip() {
        Element svg = svg(List.of(), List.of(point(33.5, 36.3, 4, "Jets struck <b>here</b>."), point(36.2, 37.2, 2, "Aid came.")));
        assertThat(svg.select("circle")).hasSize(2);
        assertThat(svg.select("circle.q4 > title").text()).contains("Israel → Iran", "Damascus", "Reuters", "Jets struck <b>here</b>.");
        assertThat(svg.select("b")).isEmpty();
        assertThat(svg.select("circle.q2")).hasSize(1);
    }
}
