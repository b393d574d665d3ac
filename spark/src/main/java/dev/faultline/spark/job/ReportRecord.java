package dev.faultline.spark.job;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as read, in the form Spark moves between executors (the domain's records are not serialisable, and need not
 * be): its place in the run's reading order (the walked file's index, then the report's position in the file), which
 * decides among near-copies as the command line's batch order does, and the {@link RawReport}'s fields.
 */
record ReportRecord(long order, String path, String format, int item, String title, String body, String url, String outlet,
                    String published, List<String[]> problems) implements Serializable {

    static ReportRecord of(int file, int position, RawReport r) {
        List<String[]> problems = new ArrayList<>();
        for (Problem p : r.problems()) problems.add(new String[] {p.severity().name(), p.where(), p.message(), p.detail()});
        return new ReportRecord(((long) file << 32) | position, r.source().path(), r.source().format().name(), r.source().item(),
                r.title(), r.body(), r.url(), r.outlet(), r.published(), problems);
    }

    RawReport report() {
        List<Problem> ps = new ArrayList<>();
        for (String[] p : problems) ps.add(new Problem(Problem.Severity.valueOf(p[0]), p[1], p[2], p[3]));
        return new RawReport(new Source(path, Source.Format.valueOf(format), item), title, body, url, outlet, published, ps);
    }
}
