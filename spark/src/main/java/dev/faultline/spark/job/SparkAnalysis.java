package dev.faultline.spark.job;

import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.learn.Boilerplate;
import dev.faultline.app.learn.LineHolders;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.ingest.input.WalkResult;
import dev.faultline.ingest.manifest.Manifest;
import dev.faultline.ingest.manifest.ManifestResult;
import dev.faultline.ingest.read.ReadResult;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import dev.faultline.store.duckdb.DuckDbTables;
import dev.faultline.store.duckdb.DuckDbTables.Table;
import dev.faultline.store.duckdb.ParquetFolderStores;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code analyze} as a Spark job, giving the command line's store on the same input:
 * <ol>
 * <li>the driver walks the inputs and reads the manifest (as ingest does); executors read the files, and the reports are
 * spread over the partitions by their place in the reading order;</li>
 * <li>the boilerplate learner learns each partition's lines; the states are merged by a tree aggregate and broadcast;</li>
 * <li>each partition cleans its reports with the lines the whole corpus shares and signs them; the signatures are merged
 * the same way, and the driver links near-copies to their originals over the whole corpus in reading order, as one batch
 * is linked (the originals are broadcast);</li>
 * <li>each partition stores its reports with both states in a DuckDB store of its own and analyses them there
 * ({@link IngestJob}, {@link AnalysisJob}: the application's jobs, unchanged), and that store's tables become rows;</li>
 * <li>each table is written as a Parquet dataset ({@link Datasets}), then the run's manifest ({@link RunManifest}).</li>
 * </ol>
 * Every article's analysis depends only on the article and the two corpus-wide states, so the output does not depend on
 * how the reports are partitioned, and a task Spark retries recomputes its partition whole: nothing is stored twice.
 */
public final class SparkAnalysis {
    private SparkAnalysis() {
    }

    /** What to analyse and where to write it; {@code partitions} 0 for one per ~200 reports, at least the cluster's cores. */
    public record Request(List<Path> inputs, Path manifest, String out, int partitions) {
        public Request {
            inputs = List.copyOf(inputs);
        }
    }

    /** What the run did: its counts (as the manifest has them) and every problem, one line each. */
    public record Result(Map<String, Long> counts, List<String> problems, List<String> failures, boolean anySkipped) {
    }

    private record FileRef(int index, String path) implements Serializable {
    }

    public static Result run(SparkSession spark, Request request) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RunManifest.remove(spark, request.out());
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");   // dates as java.time's, as the store's rows have them
        Ingest ingest = Ingest.withDefaults();
        Set<String> problems = new LinkedHashSet<>();
        boolean skipped = false;
        WalkResult walk = ingest.walk(request.inputs(), request.manifest());
        ManifestResult manifest = ingest.manifest(request.manifest());
        for (Problem p : walk.problems()) skipped |= add(problems, p);
        for (Problem p : manifest.problems()) skipped |= add(problems, p);
        for (Problem p : ingest.unmatched(request.manifest(), manifest.manifest(), walk.files())) skipped |= add(problems, p);
        List<FileRef> files = new ArrayList<>();
        for (Path f : walk.files()) files.add(new FileRef(files.size(), f.toAbsolutePath().normalize().toString()));
        String manifestPath = request.manifest() == null ? null : request.manifest().toAbsolutePath().normalize().toString();

        // 1. read where the files are; spread the reports by reading order
        CollectionAccumulator<String[]> reading = sc.sc().collectionAccumulator("faultline reading");
        int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        JavaRDD<ReportRecord> read = sc.parallelize(files, slices).mapPartitions(refs -> readFiles(refs, manifestPath, reading).iterator());
        long reportCount = read.count();
        int partitions = request.partitions() > 0 ? request.partitions()
                : (int) Math.max(sc.defaultParallelism(), Math.min(10_000, reportCount / 200));
        JavaRDD<ReportRecord> reports = read.keyBy(ReportRecord::order).partitionBy(new HashPartitioner(partitions)).values()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 2. boilerplate: learnt per partition, merged, broadcast
        HoldersState holders = reports.mapPartitions(it -> List.of(HoldersState.of(
                new Boilerplate(Worker.ingest()).learn(list(it).stream().map(ReportRecord::report).toList()))).iterator())
                .treeReduce(HoldersState::merge);
        Broadcast<HoldersState> lines = sc.broadcast(holders);

        // 3. near-duplicates: signed per partition, merged, linked once in reading order, broadcast
        SignatureState signatures = reports.mapPartitions(it -> List.of(sign(list(it), lines.value())).iterator())
                .treeReduce(SignatureState::merge);
        Set<Long> superseded = signatures.superseded();
        List<dev.faultline.store.Store.StoredSignature> signed = signatures.batch(superseded);
        Set<ArticleId> signedIds = new HashSet<>();
        for (dev.faultline.store.Store.StoredSignature s : signed) signedIds.add(s.id());
        // Every group of near-copies over the whole corpus, each article mapped to its group's original (itself when it is one).
        Map<ArticleId, ArticleId> originals = ingest.originals(signed, signedIds);
        Broadcast<HashMap<String, String>> copies = sc.broadcast(SignatureState.plain(originals));
        Broadcast<HashSet<Long>> skip = sc.broadcast(new HashSet<>(superseded));

        // 4. store and analyse each partition with both states
        JavaRDD<PartitionOutput> outputs = reports.mapPartitions(it -> List.of(
                        analyse(list(it), lines.value(), copies.value(), skip.value())).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 5. the datasets, then the manifest
        Datasets datasets = Datasets.ofStore();
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (Table t : datasets.tables()) rows.put(t.name(), write(spark, outputs, t, request.out()));
        List<PartitionOutput> done = outputs.map(o -> new PartitionOutput(new HashMap<>(), o.counts(), o.problems(), o.failures(), o.analysis(), new HashMap<>()))
                .collect();
        outputs.unpersist(false);
        reports.unpersist(false);

        Map<String, Long> counts = new java.util.TreeMap<>(PartitionOutput.sum(done.stream().map(PartitionOutput::counts).toList()));
        Set<String> readFiles = new TreeSet<>();
        for (String[] entry : reading.value()) {
            if (entry[1] != null) skipped |= add(problems, new Problem(Problem.Severity.valueOf(entry[1]), entry[2], entry[3]));
            else if (!entry[2].equals("0")) readFiles.add(entry[0]);
        }
        List<String> cleaning = new ArrayList<>(new TreeSet<>(done.stream().flatMap(o -> o.problems().stream()).toList()));
        for (String p : cleaning) {
            problems.add(p.substring(p.indexOf('\t') + 1));
            skipped |= p.startsWith(Problem.Severity.SKIPPED.name());
        }
        List<String> failures = done.stream().flatMap(o -> o.failures().stream()).sorted().toList();
        counts.put("inputs_read", (long) readFiles.size());
        counts.put("inputs_skipped", (long) (files.size() - readFiles.size())
                + walk.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIPPED).count());
        counts.put("reports_read", reportCount);
        counts.put("boilerplate_lines", (long) holders.size());
        counts.put("partitions", (long) partitions);
        rows.forEach((table, n) -> counts.put("rows." + table, n));
        RunManifest.write(spark, request, counts, versions(done, spark));
        return new Result(counts, List.copyOf(problems), failures, skipped);
    }

    private static Map<String, String> versions(List<PartitionOutput> done, SparkSession spark) {
        Map<String, String> out = new java.util.TreeMap<>();
        String faultline = SparkAnalysis.class.getPackage().getImplementationVersion();
        out.put("faultline", faultline == null ? "development build" : faultline);
        out.put("spark", spark.version());
        out.put("java", System.getProperty("java.version"));
        done.stream().map(PartitionOutput::analysis).findFirst().ifPresent(v -> out.put("analysis", v));
        return out;
    }

    /** Records a problem as a line; true when it skipped something. */
    private static boolean add(Set<String> problems, Problem p) {
        problems.add(p.toString());
        return p.severity() == Problem.Severity.SKIPPED;
    }

    private static <T> List<T> list(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** An executor's files, read; each file's report count and problems go to the driver through the accumulator. */
    private static List<ReportRecord> readFiles(Iterator<FileRef> refs, String manifestPath, CollectionAccumulator<String[]> reading) {
        Ingest ingest = Worker.ingest();
        Manifest manifest = ingest.manifest(manifestPath == null ? null : Path.of(manifestPath)).manifest();
        List<ReportRecord> out = new ArrayList<>();
        while (refs.hasNext()) {
            FileRef ref = refs.next();
            ReadResult result = ingest.readFile(Path.of(ref.path()), manifest);
            reading.add(new String[] {String.valueOf(ref.index()), null, String.valueOf(result.reports().size()), null});
            for (Problem p : result.problems()) reading.add(new String[] {String.valueOf(ref.index()), p.severity().name(), p.where(), p.message()});
            for (int i = 0; i < result.reports().size(); i++) out.add(ReportRecord.of(ref.index(), i, result.reports().get(i)));
        }
        return out;
    }

    /** A partition's reports cleaned with the corpus's lines, and each article's signature. */
    private static SignatureState sign(List<ReportRecord> records, HoldersState lines) {
        Ingest ingest = Worker.ingest();
        Boilerplate boilerplate = new Boilerplate(ingest);
        SignatureState out = SignatureState.empty();
        for (ReportRecord r : records) {
            RawReport report = r.report();
            Ingest.Cleaned c = boilerplate.apply(lines.restrictedTo(BoilerplateIndex.keysOf(report.body())), report);
            if (c.article() != null) out.add(r.order(), c.article(), ingest.signature(c.article()));
        }
        return out;
    }

    /** A partition stored and analysed in a DuckDB store of its own, whose tables are returned as rows. */
    private static PartitionOutput analyse(List<ReportRecord> records, HoldersState lines, Map<String, String> copies, Set<Long> skip)
            throws IOException {
        List<RawReport> reports = records.stream().filter(r -> !skip.contains(r.order())).sorted(Comparator.comparingLong(ReportRecord::order))
                .map(ReportRecord::report).toList();
        Set<String> keys = new HashSet<>();
        for (RawReport r : reports) keys.addAll(BoilerplateIndex.keysOf(r.body()));
        LineHolders state = lines.restrictedTo(keys);
        Map<ArticleId, ArticleId> originals = new HashMap<>();
        copies.forEach((copy, original) -> originals.put(new ArticleId(copy), new ArticleId(original)));

        Path dir = Files.createTempDirectory("faultline-spark-");
        try {
            Path db = dir.resolve("partition.duckdb");
            HashMap<String, Long> counts = new HashMap<>();
            ArrayList<String> problems = new ArrayList<>();
            ArrayList<String> failures = new ArrayList<>();
            ActorWriters writers = new ActorWriters();
            HashMap<String, String> writerKeys;
            try (Store store = Stores.duckdb(db)) {
                IngestJob.Summary s = new IngestJob(Worker.ingest()).ingest(store, reports, state, originals);
                AnalysisJob job = new AnalysisJob(Worker.analyzer());
                AnalysisJob.Summary a = job.run(writers.watching(store), ProgressListener.none());
                writerKeys = writers.keys(store);
                counts.put("articles", (long) s.stored());
                counts.put("near_duplicates", (long) s.nearDuplicates());
                counts.put("not_english", (long) s.notEnglish());
                counts.put("analysed", (long) a.analysed());
                counts.put("analysis_failures", (long) a.failures().size());
                counts.put("sentences", (long) a.sentences());
                counts.put("tokens", (long) a.tokens());
                for (Problem p : s.problems()) problems.add(p.severity().name() + "\t" + p);
                failures.addAll(a.failures());
            }
            return new PartitionOutput(Datasets.rows(DuckDbTables.read(db)), counts, problems, failures, Worker.analyzer().version(),
                    writerKeys);
        } finally {
            delete(dir);
        }
    }

    /** One table's dataset, written over any earlier run's; returns its row count. */
    private static long write(SparkSession spark, JavaRDD<PartitionOutput> outputs, Table t, String out) {
        String name = t.name();
        JavaRDD<Object[]> rows = outputs.flatMap(o -> o.rows(name).iterator());
        if (name.equals("actors")) {
            // One row per actor id, as the store keeps one: the reference of the article the command line would have
            // analysed last among those that wrote it (ActorWriters), so that both keep the same one.
            rows = outputs.flatMapToPair(o -> o.rows(name).stream()
                            .map(r -> new scala.Tuple2<>((String) r[0], new scala.Tuple2<>(o.writerOf((String) r[0]), r))).iterator())
                    .reduceByKey((a, b) -> a._1().compareTo(b._1()) >= 0 ? a : b)
                    .values().map(scala.Tuple2::_2);
        }
        Dataset<Row> frame = spark.createDataFrame(rows.map(RowFactory::create), Datasets.sparkSchema(t));
        if (name.equals("line_holders")) frame = frame.distinct();   // each partition stored the lines of its reports
        String where = out + "/" + name;
        long count = frame.count();
        if (Datasets.partitioned(t)) frame.write().mode(SaveMode.Overwrite).partitionBy(ParquetFolderStores.PARTITION).parquet(where);
        else frame.coalesce(1).write().mode(SaveMode.Overwrite).parquet(where);
        return count;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partition's store in " + dir, e);
        }
    }
}
