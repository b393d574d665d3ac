package dev.faultline.nlp.bench;

import java.util.List;
import java.util.Locale;

/**
 * What one benchmark run found: the environment, model load times and live heaps, and each
 * configuration's medians. {@link #markdown()} is the block pasted into BENCHMARKS.md.
 */
public record BenchReport(String environment, String command, double layerLoadSeconds, long layerLiveHeapBytes,
                          double naiveLoadSeconds, long naiveLiveHeapBytes, List<ConfigResult> results) {
    public BenchReport {
        results = List.copyOf(results);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Environment: ").append(environment).append('\n');
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(String.format(Locale.ROOT, "Model load: layer %.1f s (live heap after GC %,d MB)", layerLoadSeconds, layerLiveHeapBytes >> 20));
        if (naiveLoadSeconds > 0) {
            sb.append(String.format(Locale.ROOT, "; naive full stack %.1f s (live heap with both loaded %,d MB)", naiveLoadSeconds, naiveLiveHeapBytes >> 20));
        }
        sb.append("\n\n").append(ConfigResult.markdownHeader()).append('\n');
        for (ConfigResult r : results) sb.append(r.markdownRow()).append('\n');
        return sb.toString();
    }
}
