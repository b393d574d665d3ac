package dev.faultline.app.view.report;

import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.MapPoint;
import dev.faultline.app.view.report.TopoJson.Outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * An inline SVG map of located events on country outlines, in an equirectangular projection whose
 * standard parallel is the middle of the map. The map covers the events' bounding box plus a margin;
 * each outline is cropped to it (Sutherland–Hodgman against the box) so that the file holds only
 * what shows. Events are circles classed by CAMEO quad ({@code q1}..{@code q4}), each with a
 * {@code <title>} tooltip.
 */
final class SvgMap {
    static final double WIDTH = 760;

    /** A box of longitudes and latitudes. */
    record Box(double west, double south, double east, double north) {
        boolean overlaps(double[][] ring) {
            double w = Double.MAX_VALUE, e = -Double.MAX_VALUE, s = 90, n = -90;
            for (double[] p : ring) {
                w = Math.min(w, p[0]);
                e = Math.max(e, p[0]);
                s = Math.min(s, p[1]);
                n = Math.max(n, p[1]);
            }
            return w <= east && e >= west && s <= north && n >= south;
        }
    }

    private final Box box;
    private final double cos, k;

    private SvgMap(Box box) {
        this.box = box;
        this.cos = Math.cos(Math.toRadians((box.north() + box.south()) / 2));
        this.k = WIDTH / ((box.east() - box.west()) * cos);
    }

    /** The map of {@code points} on {@code outlines} (which may be empty: the events alone, on a grid). */
    static Html render(List<Outline> outlines, List<MapPoint> points) {
        if (points.isEmpty()) throw new IllegalArgumentException("a map needs located events");
        return new SvgMap(around(points)).draw(outlines, points);
    }

    /** The points' bounding box, widened by a margin (at least 3 degrees) and to a readable shape, within the world. */
    static Box around(List<MapPoint> points) {
        double w = 180, e = -180, s = 90, n = -90;
        for (MapPoint p : points) {
            w = Math.min(w, p.lon());
            e = Math.max(e, p.lon());
            s = Math.min(s, p.lat());
            n = Math.max(n, p.lat());
        }
        double mx = Math.max(3, (e - w) * 0.2), my = Math.max(3, (n - s) * 0.2);
        w -= mx;
        e += mx;
        s -= my;
        n += my;
        double cos = Math.cos(Math.toRadians((n + s) / 2));
        double width = (e - w) * cos, height = n - s;
        if (width < height * 1.2) {
            double grow = (height * 1.2 / cos - (e - w)) / 2;
            w -= grow;
            e += grow;
        } else if (height < width * 0.45) {
            double grow = (width * 0.45 - height) / 2;
            s -= grow;
            n += grow;
        }
        return new Box(Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n));
    }

    private Html draw(List<Outline> outlines, List<MapPoint> points) {
        double height = (box.north() - box.south()) * k;
        Html svg = new Html().open("svg", "class", "map", "viewBox", "0 0 " + f(WIDTH) + " " + f(height), "width", f(WIDTH),
                "height", f(height), "role", "img", "aria-label", "Map of the located events").newline();
        svg.empty("rect", "class", "sea", "x", "0", "y", "0", "width", f(WIDTH), "height", f(height)).newline();
        for (Outline o : outlines) {
            String d = path(o);
            if (d.isEmpty()) continue;
            svg.open("path", "class", "country", "d", d).element("title", o.name()).close("path").newline();
        }
        grid(svg, height);
        for (MapPoint p : points) {
            svg.open("circle", "class", "event q" + p.quad(), "cx", f(x(p.lon())), "cy", f(y(p.lat())), "r", "5")
                    .element("title", tooltip(p)).close("circle").newline();
        }
        return svg.close("svg");
    }

    private void grid(Html svg, double height) {
        double extent = Math.max(box.east() - box.west(), box.north() - box.south());
        int step = extent > 60 ? 20 : extent > 25 ? 10 : extent > 10 ? 5 : 2;
        for (int lon = (int) Math.ceil(box.west() / step) * step; lon <= box.east(); lon += step) {
            svg.empty("line", "class", "grid", "x1", f(x(lon)), "y1", "0", "x2", f(x(lon)), "y2", f(height));
            svg.element("text", Math.abs(lon) + (lon < 0 ? "°W" : lon > 0 ? "°E" : "°"), "class", "grid-label", "x", f(x(lon) + 2),
                    "y", f(height - 4)).newline();
        }
        for (int lat = (int) Math.ceil(box.south() / step) * step; lat <= box.north(); lat += step) {
            svg.empty("line", "class", "grid", "x1", "0", "y1", f(y(lat)), "x2", f(WIDTH), "y2", f(y(lat)));
            svg.element("text", Math.abs(lat) + (lat < 0 ? "°S" : lat > 0 ? "°N" : "°"), "class", "grid-label", "x", "3",
                    "y", f(y(lat) - 3)).newline();
        }
    }

    /** The outline's rings cropped to the box, as SVG path data; empty when nothing of it shows. */
    String path(Outline o) {
        StringBuilder d = new StringBuilder();
        for (double[][] ring : o.rings().stream().flatMap(r -> planar(r).stream()).toList()) {
            if (ring.length < 3 || !box.overlaps(ring)) continue;
            List<double[]> clipped = clip(ring);
            if (clipped.size() < 3) continue;
            String last = null;
            int drawn = 0;
            StringBuilder r = new StringBuilder();
            for (double[] p : clipped) {
                String xy = f(x(p[0])) + "," + f(y(p[1]));
                if (xy.equals(last)) continue;
                r.append(drawn == 0 ? "M" : "L").append(xy);
                last = xy;
                drawn++;
            }
            if (drawn >= 3) d.append(r).append('Z');
        }
        return d.toString();
    }

    /**
     * A ring on the plane. The topology is drawn for the sphere, so a ring may cross the antimeridian
     * (Russia's Chukotka, Fiji): its longitudes are unwrapped to run on past ±180, and a copy shifted by
     * 360° is added for the part that shows on the other side. A ring that goes round a pole
     * (Antarctica) is closed along it.
     */
    static List<double[][]> planar(double[][] ring) {
        boolean crosses = false;
        for (int i = 1; i < ring.length && !crosses; i++) crosses = Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
        if (!crosses) return List.<double[][]>of(ring);
        List<double[]> out = new ArrayList<>();
        double shift = 0, west = Double.MAX_VALUE, east = -Double.MAX_VALUE, lat = 0;
        for (int i = 0; i < ring.length; i++) {
            if (i > 0) {
                double jump = ring[i][0] - ring[i - 1][0];
                if (jump > 180) shift -= 360;
                else if (jump < -180) shift += 360;
            }
            double lon = ring[i][0] + shift;
            out.add(new double[]{lon, ring[i][1]});
            west = Math.min(west, lon);
            east = Math.max(east, lon);
            lat += ring[i][1];
        }
        double[] first = out.get(0), last = out.get(out.size() - 1);
        if (Math.abs(last[0] - first[0]) > 180) {
            double pole = lat < 0 ? -90 : 90;
            out.add(new double[]{last[0], pole});
            out.add(new double[]{first[0], pole});
        }
        List<double[][]> rings = new ArrayList<>();
        rings.add(out.toArray(double[][]::new));
        if (east > 180) rings.add(out.stream().map(p -> new double[]{p[0] - 360, p[1]}).toArray(double[][]::new));
        if (west < -180) rings.add(out.stream().map(p -> new double[]{p[0] + 360, p[1]}).toArray(double[][]::new));
        return rings;
    }

    /** Sutherland–Hodgman: the ring clipped against each side of the box in turn. */
    private List<double[]> clip(double[][] ring) {
        List<double[]> pts = List.of(ring);
        pts = side(pts, p -> p[0] >= box.west(), (p, q) -> atLon(p, q, box.west()));
        pts = side(pts, p -> p[0] <= box.east(), (p, q) -> atLon(p, q, box.east()));
        pts = side(pts, p -> p[1] >= box.south(), (p, q) -> atLat(p, q, box.south()));
        return side(pts, p -> p[1] <= box.north(), (p, q) -> atLat(p, q, box.north()));
    }

    private static List<double[]> side(List<double[]> pts, Predicate<double[]> inside, BiFunction<double[], double[], double[]> cross) {
        List<double[]> out = new ArrayList<>();
        if (pts.isEmpty()) return out;
        double[] prev = pts.get(pts.size() - 1);
        for (double[] cur : pts) {
            boolean in = inside.test(cur), wasIn = inside.test(prev);
            if (in) {
                if (!wasIn) out.add(cross.apply(prev, cur));
                out.add(cur);
            } else if (wasIn) {
                out.add(cross.apply(prev, cur));
            }
            prev = cur;
        }
        return out;
    }

    private static double[] atLon(double[] p, double[] q, double lon) {
        double t = (lon - p[0]) / (q[0] - p[0]);
        return new double[]{lon, p[1] + t * (q[1] - p[1])};
    }

    private static double[] atLat(double[] p, double[] q, double lat) {
        double t = (lat - p[1]) / (q[1] - p[1]);
        return new double[]{p[0] + t * (q[0] - p[0]), lat};
    }

    private double x(double lon) {
        return (lon - box.west()) * cos * k;
    }

    private double y(double lat) {
        return (box.north() - lat) * k;
    }

    private static String tooltip(MapPoint p) {
        EventRow e = p.event();
        StringBuilder t = new StringBuilder();
        t.append(e.date() == null ? "undated" : e.date()).append(" · ").append(e.type());
        if (!e.dyad().isEmpty()) t.append(" · ").append(e.dyad());
        t.append(" · ").append(p.place());
        if (e.outlet() != null) t.append(" · ").append(e.outlet());
        t.append(" · credibility ").append(e.credibility() == 0 ? "-" : Integer.toString(e.credibility())).append(" (")
                .append(e.credibilityLabel()).append(")");
        if (!"asserted".equals(e.modality())) t.append(" · ").append(e.modality());
        return t.append('\n').append(e.sentence()).toString();
    }

    private static String f(double n) {
        return Html.format(n, 1);
    }
}
