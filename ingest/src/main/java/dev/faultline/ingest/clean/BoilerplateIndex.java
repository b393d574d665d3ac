package dev.faultline.ingest.clean;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.draft.BodyLine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short lines that recur across different reports: a site's footer, a widget's label, an outlet's sign-off. Such a
 * line says nothing about any one report. Only short lines count ({@link #keysOf}), and a line must occur in
 * {@code minReports} different reports (reports with the same body, by {@link ArticleId}, are one), so a phrase two
 * reports happen to share does not qualify. Immutable.
 *
 * <p>Counts are capped at {@code minReports}: beyond it a count says nothing more about the line, and cleaning must not
 * depend on it, or every report holding a site's footer would change whenever another one arrived. So the cleaning of a
 * report depends only on which of its lines recur, which is what lets the corpus-level learner of the application keep
 * a bounded state and clean a stored report again only when one of its lines becomes boilerplate.
 */
public final class BoilerplateIndex {
    static final int MAX_LENGTH = 100;

    private final Map<String, Integer> reportsPerLine;
    private final int minReports;

    private BoilerplateIndex(Map<String, Integer> reportsPerLine, int minReports) {
        this.reportsPerLine = Map.copyOf(reportsPerLine);
        this.minReports = minReports;
    }

    /** The index of one batch: how many of its reports hold each short line. */
    public static BoilerplateIndex of(List<RawReport> reports, int minReports) {
        Map<String, Integer> counts = new HashMap<>();
        Set<ArticleId> seen = new HashSet<>();
        for (RawReport r : reports) {
            if (!seen.add(ArticleId.of(r.body()))) continue;
            for (String key : keysOf(r.body())) counts.merge(key, 1, Integer::sum);
        }
        return of(counts, minReports);
    }

    /**
     * The index of counts learnt elsewhere (a corpus's stored reports and a batch's): for each line key
     * ({@link #keysOf}), in how many different reports it occurs. Keys under {@code minReports} are not boilerplate.
     */
    public static BoilerplateIndex of(Map<String, Integer> reportsPerKey, int minReports) {
        Map<String, Integer> counts = new HashMap<>(reportsPerKey);
        counts.values().removeIf(n -> n < minReports);
        return new BoilerplateIndex(counts, minReports);
    }

    public static BoilerplateIndex none() {
        return new BoilerplateIndex(Map.of(), Integer.MAX_VALUE);
    }

    /** The comparison keys of a body's short lines, each once, in the body's order: what recurrence is counted by. */
    public static Set<String> keysOf(String body) {
        Set<String> keys = new LinkedHashSet<>();
        for (BodyLine line : LineText.split(body)) {
            if (line.text().length() > MAX_LENGTH) continue;
            String key = LineText.key(line.text());
            if (!key.isEmpty()) keys.add(key);
        }
        return keys;
    }

    /** In how many reports this line occurs, up to {@code minReports}, when that makes it boilerplate; else 0. */
    int reportsWith(String line) {
        if (line.length() > MAX_LENGTH) return 0;
        int n = reportsPerLine.getOrDefault(LineText.key(line), 0);
        return n >= minReports ? minReports : 0;
    }
}
