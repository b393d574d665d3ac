package dev.faultline.ingest.clean;

import dev.faultline.domain.RawReport;
import dev.faultline.ingest.draft.BodyLine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short lines that recur across different reports of a batch: a site's footer, a widget's label, an
 * outlet's sign-off. Such a line says nothing about any one report. Only short lines count, and a
 * line must occur in {@code minReports} different reports, so a phrase two reports happen to share
 * does not qualify. Built once per batch; immutable afterwards.
 */
public final class BoilerplateIndex {
    static final int MAX_LENGTH = 100;

    private final Map<String, Integer> reportsPerLine;
    private final int minReports;

    private BoilerplateIndex(Map<String, Integer> reportsPerLine, int minReports) {
        this.reportsPerLine = Map.copyOf(reportsPerLine);
        this.minReports = minReports;
    }

    public static BoilerplateIndex of(List<RawReport> reports, int minReports) {
        Map<String, Integer> counts = new HashMap<>();
        for (RawReport r : reports) {
            Set<String> seen = new HashSet<>();
            for (BodyLine line : LineText.split(r.body())) {
                if (line.text().length() > MAX_LENGTH) continue;
                String key = LineText.key(line.text());
                if (!key.isEmpty() && seen.add(key)) counts.merge(key, 1, Integer::sum);
            }
        }
        counts.values().removeIf(n -> n < minReports);
        return new BoilerplateIndex(counts, minReports);
    }

    public static BoilerplateIndex none() {
        return new BoilerplateIndex(Map.of(), Integer.MAX_VALUE);
    }

    /** In how many reports of the batch this line occurs, when that makes it boilerplate; else 0. */
    int reportsWith(String line) {
        if (line.length() > MAX_LENGTH) return 0;
        int n = reportsPerLine.getOrDefault(LineText.key(line), 0);
        return n >= minReports ? n : 0;
    }
}
