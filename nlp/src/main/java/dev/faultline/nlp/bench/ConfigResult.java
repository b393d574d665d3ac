package dev.faultline.nlp.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one configuration and their medians.
 *
 * @param peakHeapBytes sampled peak of used heap over all its runs, garbage included
 */
public record ConfigResult(String name, String corpus, List<RunResult> runs, long peakHeapBytes) {
    public ConfigResult {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) throw new IllegalArgumentException(name + ": no runs");
    }

    public double medianTokensPerSecond() {
        return median(RunResult::tokensPerSecond);
    }

    public double medianSentencesPerSecond() {
        return median(RunResult::sentencesPerSecond);
    }

    public double medianArticlesPerSecond() {
        return median(RunResult::articlesPerSecond);
    }

    private double median(ToDoubleFunction<RunResult> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A Markdown table row: name, corpus, articles, tokens, parsed share, medians, each run's articles/s, peak heap. */
    public String markdownRow() {
        RunResult r = runs.get(0);
        String each = Arrays.toString(runs.stream().mapToDouble(RunResult::articlesPerSecond)
                .mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).toArray());
        String parsed = r.sentences() == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * r.parsedSentences() / r.sentences());
        return String.format(Locale.ROOT, "| %s | %s | %d | %,d | %s | %,.0f | %,.0f | %.2f | %s | %,d MB |", name, corpus,
                r.articles(), r.tokens(), parsed, medianTokensPerSecond(), medianSentencesPerSecond(),
                medianArticlesPerSecond(), each, peakHeapBytes >> 20);
    }

    public static String markdownHeader() {
        return "| configuration | corpus | articles | tokens | sentences parsed | tokens/s | sentences/s | articles/s | articles/s per run | peak heap |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }
}
