package dev.faultline.app.view.report;

import dev.faultline.app.view.report.ReportModel.DyadBar;
import dev.faultline.app.view.report.ReportModel.PeriodCount;

import java.util.List;

/**
 * Small inline SVG charts: events per period as stacked bars (conflict below, cooperation above), and
 * a pair's balance per period as bars above (cooperation outweighs) or below (conflict outweighs) a
 * zero line. Every bar carries a {@code <title>} with its figures.
 */
final class SvgCharts {
    private SvgCharts() {
    }

    /** Events per period, stacked: conflict, then cooperation. */
    static Html timeline(List<PeriodCount> periods) {
        int n = periods.size();
        double bar = Math.max(4, Math.min(28, 700.0 / Math.max(1, n)));
        double left = 34, top = 10, plot = 160, bottom = 34;
        double width = left + n * bar + 10, height = top + plot + bottom;
        int max = Math.max(1, periods.stream().mapToInt(PeriodCount::total).max().orElse(1));
        double unit = plot / max;
        Html svg = new Html().open("svg", "class", "chart timeline", "viewBox", "0 0 " + f(width) + " " + f(height), "width", f(width),
                "height", f(height), "role", "img", "aria-label", "Events per period: cooperation and conflict").newline();
        double base = top + plot;
        svg.empty("line", "class", "axis", "x1", f(left), "y1", f(base), "x2", f(width - 6), "y2", f(base));
        svg.element("text", "0", "class", "tick", "x", f(left - 4), "y", f(base), "text-anchor", "end");
        svg.element("text", Integer.toString(max), "class", "tick", "x", f(left - 4), "y", f(top + 8), "text-anchor", "end").newline();
        int every = (int) Math.ceil(48 / bar);
        for (int i = 0; i < n; i++) {
            PeriodCount p = periods.get(i);
            double x = left + i * bar, w = Math.max(1, bar * 0.8);
            double conflict = p.conflict() * unit, cooperation = p.cooperation() * unit;
            svg.open("g").element("title", p.period() + ": " + p.cooperation() + " cooperation, " + p.conflict() + " conflict");
            svg.empty("rect", "class", "conflict", "x", f(x), "y", f(base - conflict), "width", f(w), "height", f(conflict));
            svg.empty("rect", "class", "cooperation", "x", f(x), "y", f(base - conflict - cooperation), "width", f(w), "height", f(cooperation));
            svg.close("g");
            if (i % every == 0) svg.element("text", p.period(), "class", "tick", "x", f(x + w / 2), "y", f(base + 14), "text-anchor", "middle");
            svg.newline();
        }
        return svg.close("svg");
    }

    /**
     * A pair's balance per period, bars from a zero line, along {@code axis} (the report's periods, so
     * that the pairs' charts line up and quiet periods show as gaps); along the pair's own periods when
     * the axis lacks one of them.
     */
    static Html balance(List<DyadBar> bars, List<String> axis) {
        List<String> periods = axis.containsAll(bars.stream().map(DyadBar::period).toList()) && !axis.isEmpty() ? axis
                : bars.stream().map(DyadBar::period).toList();
        int n = periods.size();
        double bar = Math.max(3, Math.min(24, 300.0 / Math.max(1, n)));
        double left = 6, top = 6, half = 36, bottom = 16;
        double width = Math.max(120, left + n * bar + 6), height = top + 2 * half + bottom;
        double max = bars.stream().mapToDouble(b -> Math.abs(b.balance())).max().orElse(0);
        double unit = max == 0 ? 0 : half / max;
        double zero = top + half;
        Html svg = new Html().open("svg", "class", "chart balance", "viewBox", "0 0 " + f(width) + " " + f(height), "width", f(width),
                "height", f(height), "role", "img", "aria-label", "Balance of cooperation and conflict per period").newline();
        svg.empty("line", "class", "axis", "x1", f(left), "y1", f(zero), "x2", f(width - 4), "y2", f(zero));
        for (DyadBar b : bars) {
            double x = left + periods.indexOf(b.period()) * bar, w = Math.max(1, bar * 0.8), h = Math.max(1, Math.abs(b.balance()) * unit);
            boolean up = b.balance() >= 0;
            svg.open("rect", "class", up ? "cooperation" : "conflict", "x", f(x), "y", f(up ? zero - h : zero), "width", f(w), "height", f(h))
                    .element("title", b.period() + ": " + b.events() + (b.events() == 1 ? " event" : " events") + ", balance "
                            + Html.format(b.balance(), 2) + " (cooperation " + Html.format(b.cooperation(), 2) + ", conflict "
                            + Html.format(b.conflict(), 2) + ")")
                    .close("rect").newline();
        }
        if (n > 0) {
            svg.element("text", periods.get(0), "class", "tick", "x", f(left), "y", f(height - 3));
            if (n > 1) svg.element("text", periods.get(n - 1), "class", "tick", "x", f(width - 4), "y", f(height - 3), "text-anchor", "end");
        }
        return svg.close("svg");
    }

    private static String f(double n) {
        return Html.format(n, 1);
    }
}
