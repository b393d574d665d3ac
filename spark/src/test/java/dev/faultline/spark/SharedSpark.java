package dev.faultline.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] SparkSession for every test class of the module (surefire runs them in one JVM), started on first use
 * with the smallest settings that serve: no UI, few shuffle partitions. Spark stops it when the JVM exits.
 */
public final class SharedSpark {
    private SharedSpark() {
    }

    public static SparkSession session() {
        return Holder.SESSION;
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder().master("local[2]").appName("faultline-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }
}
