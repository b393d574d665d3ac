package dev.faultline.nlp.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the benchmark runs.
 *
 * @param cnn               the CNN JSON Lines file (fields id, title, published, text)
 * @param reuters           a folder of Reuters-21578 {@code .sgm} files, or null to skip Reuters
 * @param articles          CNN articles for the layer (0: all)
 * @param parseArticles     CNN articles for the layer with parses of actor sentences (0: skip)
 * @param baselineArticles  CNN articles for the side-by-side comparison with the naive stack (0: skip);
 *                          the naive stack codes about 0.5 articles/s here, hence a subset
 * @param reutersArticles   Reuters articles for the layer (0: skip)
 * @param runs              measured runs per configuration (medians are reported)
 * @param warmups           unmeasured warm-up runs per configuration
 * @param threads           worker threads, for the layer and the naive stack alike
 */
public record BenchOptions(Path cnn, Path reuters, int articles, int parseArticles, int baselineArticles,
                           int reutersArticles, int runs, int warmups, int threads) {
    public BenchOptions {
        Objects.requireNonNull(cnn, "cnn");
        if (runs < 1 || warmups < 0 || threads < 1 || articles < 0 || parseArticles < 0 || baselineArticles < 0
                || reutersArticles < 0) {
            throw new IllegalArgumentException("bad bench options: " + runs + " runs, " + warmups + " warm-ups, "
                    + threads + " threads");
        }
    }

    /** The defaults for a checkout next to {@code shared/}: corpora under {@code shared/corpora}. */
    public static BenchOptions defaults(Path shared) {
        Path corpora = shared.resolve("corpora");
        return new BenchOptions(corpora.resolve("cnn_2024-07-16_2024-08-01.jsonl"), corpora.resolve("reuters21578"),
                0, 300, 60, 1000, 3, 1, 2);
    }

    /** Options from {@code --name value} pairs over the defaults (see {@link LayerBench#USAGE}). */
    public static BenchOptions parse(String[] args, Path shared) {
        BenchOptions o = defaults(shared);
        Path cnn = o.cnn();
        Path reuters = o.reuters();
        int articles = o.articles(), parse = o.parseArticles(), baseline = o.baselineArticles(),
                reutersArticles = o.reutersArticles(), runs = o.runs(), warmups = o.warmups(), threads = o.threads();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) throw new IllegalArgumentException("option " + args[i] + " needs a value");
            String v = args[i + 1];
            try {
                switch (args[i]) {
                    case "--cnn" -> cnn = Path.of(v);
                    case "--reuters" -> reuters = v.equals("none") ? null : Path.of(v);
                    case "--articles" -> articles = Integer.parseInt(v);
                    case "--parse-articles" -> parse = Integer.parseInt(v);
                    case "--baseline-articles" -> baseline = Integer.parseInt(v);
                    case "--reuters-articles" -> reutersArticles = Integer.parseInt(v);
                    case "--runs" -> runs = Integer.parseInt(v);
                    case "--warmups" -> warmups = Integer.parseInt(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + args[i] + " needs a whole number, not '" + v + "'", e);
            }
        }
        return new BenchOptions(cnn, reuters, articles, parse, baseline, reutersArticles, runs, warmups, threads);
    }
}
