package dev.faultline.spark.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.store.duckdb.ParquetFolderStores;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The run's manifest, {@value ParquetFolderStores#RUN_MANIFEST} in the output folder: the versions that made it (Faultline,
 * the analysis, Spark, Java), the inputs, the master, when it finished, and its counts (reports, articles, rows per
 * dataset). Written last, and removed first by a new run, so that a folder holds one only when its datasets are whole:
 * the store adapter opens no folder without one.
 */
final class RunManifest {
    private RunManifest() {
    }

    static void remove(SparkSession spark, String out) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, ParquetFolderStores.RUN_MANIFEST);
        try {
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(file)) fs.delete(file, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the earlier run's manifest " + file, e);
        }
    }

    static void write(SparkSession spark, SparkAnalysis.Request request, Map<String, Long> counts, Map<String, String> versions) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ObjectNode v = root.putObject("versions");
        versions.forEach(v::put);
        ArrayNode inputs = root.putArray("inputs");
        for (Path p : request.inputs()) inputs.add(p.toAbsolutePath().normalize().toString());
        root.put("manifest", request.manifest() == null ? null : request.manifest().toAbsolutePath().normalize().toString());
        root.put("master", spark.sparkContext().master());
        root.put("finished", Instant.now().toString());
        ObjectNode c = root.putObject("counts");
        counts.forEach(c::put);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(request.out(), ParquetFolderStores.RUN_MANIFEST);
        try {
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (FSDataOutputStream stream = fs.create(file, true)) {
                json.writeValue((java.io.OutputStream) stream, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's manifest " + file, e);
        }
    }
}
