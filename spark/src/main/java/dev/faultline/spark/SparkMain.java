package dev.faultline.spark;

import dev.faultline.spark.job.SparkAnalysis;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code faultline spark analyze INPUT... --out DIR [--master URL] [--manifest CSV] [--partitions N]}: the analysis as a
 * Spark job (the launcher script dispatches {@code faultline spark} here; {@code spark-submit --class} this class works
 * the same, its {@code --master} then Spark's). Exit codes as the command line's: 0 ok, 1 a failure or a skipped input,
 * 2 bad usage. Options are few and fixed, so they are read here rather than with the command line's parser, which only
 * the cli module may use.
 */
public final class SparkMain {
    static final String USAGE = """
            Usage: faultline spark analyze INPUT... --out DIR [--master URL] [--manifest CSV] [--partitions N]
            Analyses reports as an Apache Spark job and writes Parquet datasets mirroring the store's tables to DIR
            (partitioned by month) with a run manifest, DIR/run.json. Every faultline command opens DIR with --db DIR.
              INPUT...          files and folders of reports (the formats `faultline ingest` reads)
              --out DIR         the output folder (any Hadoop file system URI); an earlier run's datasets are replaced
              --master URL      local[N], spark://HOST:7077, yarn, k8s://...; default: spark.master, else local[*]
              --manifest CSV    the manifest of outlets and dates, as for `faultline analyze`
              --partitions N    partitions of reports (default: one per ~200 reports, at least the cluster's cores)
            """;

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    record Options(List<Path> inputs, String out, String master, Path manifest, int partitions) {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("faultline spark: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (o == null) {
            out.print(USAGE);
            return 0;
        }
        SparkConf conf = new SparkConf().setAppName("faultline").setIfMissing("spark.ui.enabled", "false");
        if (o.master() != null) conf.setMaster(o.master());
        else conf.setIfMissing("spark.master", "local[*]");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkAnalysis.Result r = SparkAnalysis.run(spark, new SparkAnalysis.Request(o.inputs(), o.manifest(), o.out(), o.partitions()));
            r.problems().forEach(p -> err.println("faultline: " + p));
            r.failures().forEach(f -> err.println("faultline: " + f));
            Map<String, Long> c = r.counts();
            out.printf("Read %d report%s from %d input%s (%d skipped); stored %d article%s (%d near-duplicate%s, %d not English).%n",
                    c.get("reports_read"), plural(c.get("reports_read")), c.get("inputs_read"), plural(c.get("inputs_read")),
                    c.get("inputs_skipped"), c.getOrDefault("articles", 0L), plural(c.getOrDefault("articles", 0L)),
                    c.getOrDefault("near_duplicates", 0L), plural(c.getOrDefault("near_duplicates", 0L)), c.getOrDefault("not_english", 0L));
            out.printf("Analysed:  %d articles in %d partitions: %d sentences, %d tokens, %d events, %d force claims.%n",
                    c.getOrDefault("analysed", 0L), c.get("partitions"), c.getOrDefault("sentences", 0L), c.getOrDefault("tokens", 0L),
                    c.getOrDefault("rows.events", 0L), c.getOrDefault("rows.force_claims", 0L));
            out.println("Wrote:     " + o.out() + " (read it with `faultline events --db " + o.out() + "`)");
            return r.anySkipped() || !r.failures().isEmpty() ? 1 : 0;
        } catch (Exception e) {   // Spark's own (AnalysisException) are checked in Java's eyes but thrown undeclared
            err.println("faultline spark: the job failed: " + e);
            return 1;
        } finally {
            spark.stop();
        }
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** The options, or null when help was asked for. */
    static Options parse(String[] args) {
        if (!args[0].equals("analyze")) throw new IllegalArgumentException("unknown command '" + args[0] + "' (the one command is analyze)");
        List<Path> inputs = new ArrayList<>();
        String out = null, master = null;
        Path manifest = null;
        int partitions = 0;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--out" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--manifest" -> manifest = Path.of(value(args, ++i, a));
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a whole number, not '" + v + "'");
                    }
                    if (partitions < 1) throw new IllegalArgumentException("--partitions takes a number of at least 1, not " + v);
                }
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option '" + a + "'");
                    inputs.add(Path.of(a));
                }
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT given");
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        return new Options(inputs, out, master, manifest, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
