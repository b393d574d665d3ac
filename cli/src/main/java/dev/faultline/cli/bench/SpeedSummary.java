package dev.faultline.cli.bench;

import dev.faultline.nlp.bench.BenchReport;
import dev.faultline.nlp.bench.ConfigResult;

import java.util.Locale;

/**
 * The bench's headline (issue 14): a new process's first analysed and stored report, its peak resident memory, the
 * steady state of {@code analyze} in reports/s, the naive CoreNLP stack's reports/s in the same run, and their ratio.
 * A figure not measured in this run (no cold starts, no end-to-end run, no baseline) reads "not measured".
 */
final class SpeedSummary {
    private SpeedSummary() {
    }

    static String markdown(ColdStart.Result cold, double steady, BenchReport layer) {
        double naive = layer.results().stream().filter(r -> r.name().startsWith("naive"))
                .mapToDouble(ConfigResult::medianArticlesPerSecond).findFirst().orElse(Double.NaN);
        String coldCell = cold == null ? "not measured"
                : String.format(Locale.ROOT, "%.2f s (%s; %d runs%s)", cold.medianSeconds(), cold.perRun(), cold.seconds().size(),
                cold.exitCode() == 0 ? "" : ", exit " + cold.exitCode());
        String rssCell = cold == null ? "not measured" : String.format(Locale.ROOT, "%,.0f MB", cold.medianRssMb());
        return String.format(Locale.ROOT, """
                        ### Speed (issue 14)

                        | figure | value |
                        |---|---|
                        | cold start: one report analysed and stored by a new process%s | %s |
                        | peak resident memory of that process (median) | %s |
                        | steady state: `analyze` end to end, reports/s (median) | %s |
                        | naive CoreNLP stack, same run, reports/s (median) | %s |
                        | ratio | %s |
                        """, cold == null ? "" : " (" + cold.report().getFileName() + ")", coldCell, rssCell, figure(steady), figure(naive),
                Double.isNaN(steady) || Double.isNaN(naive) ? "not measured" : String.format(Locale.ROOT, "**%.1f×**", steady / naive));
    }

    private static String figure(double x) {
        return Double.isNaN(x) ? "not measured" : String.format(Locale.ROOT, "%.2f", x);
    }
}
