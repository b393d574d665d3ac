package dev.faultline.spark.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one partition's store holds once its reports are stored and analysed: each table's rows (those of a partitioned
 * table end with their month), what the jobs' summaries counted and found wrong, for the run's manifest and messages, and
 * the analysis' version, and for each actor the key of the article that wrote its reference last.
 */
record PartitionOutput(HashMap<String, ArrayList<Object[]>> tables, HashMap<String, Long> counts, ArrayList<String> problems,
                       ArrayList<String> failures, String analysis, HashMap<String, String> actorWriters) implements Serializable {

    /** The analysis-order key of the article that last wrote {@code actor}'s reference here ({@link ActorWriters}); "" if none. */
    String writerOf(String actor) {
        return actorWriters.getOrDefault(actor, "");
    }

    List<Object[]> rows(String table) {
        return tables.getOrDefault(table, new ArrayList<>());
    }

    static Map<String, Long> sum(List<? extends Map<String, Long>> counts) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Map<String, Long> c : counts) c.forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }
}
