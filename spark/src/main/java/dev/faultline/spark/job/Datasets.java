package dev.faultline.spark.job;

import dev.faultline.store.duckdb.DuckDbTables;
import dev.faultline.store.duckdb.DuckDbTables.Column;
import dev.faultline.store.duckdb.DuckDbTables.Table;
import dev.faultline.store.duckdb.ParquetFolderStores;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the store's tables become datasets: one per table, with the table's columns; the tables of articles and of what
 * belongs to an article (by {@code article_id}, or by {@code event_id} for an event's actors) partitioned by the
 * article's month of publication ({@code undated} when it has none); actors and the learnt boilerplate lines, which
 * belong to the corpus, not partitioned. Timestamps of storing are left empty, so that a re-run writes the same rows: the
 * run's manifest says when it ran.
 */
final class Datasets implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String UNDATED = "undated";

    private final List<Table> schema;

    Datasets(List<Table> schema) {
        this.schema = List.copyOf(schema.stream().map(t -> new Table(t.name(), t.columns(), List.of())).toList());
    }

    static Datasets ofStore() {
        return new Datasets(DuckDbTables.schema());
    }

    List<Table> tables() {
        return schema;
    }

    static boolean partitioned(Table t) {
        return t.column("article_id") >= 0 || t.column("event_id") >= 0 || t.name().equals("articles");
    }

    /** The Spark schema of a table's dataset: its columns, then the month for a partitioned one. */
    static StructType sparkSchema(Table t) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : t.columns()) fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
        if (partitioned(t)) fields.add(DataTypes.createStructField(ParquetFolderStores.PARTITION, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(DuckDbTables.Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
            case INT_ARRAY -> DataTypes.createArrayType(DataTypes.IntegerType, true);
        };
    }

    /** A partition store's tables as dataset rows: timestamps emptied, the month appended where the table is partitioned. */
    static HashMap<String, ArrayList<Object[]>> rows(List<Table> tables) {
        Map<String, String> monthOfArticle = new HashMap<>();
        Map<String, String> monthOfEvent = new HashMap<>();
        for (Table t : tables) {
            if (!t.name().equals("articles")) continue;
            int id = t.column("id"), start = t.column("published_start");
            for (Object[] r : t.rows()) monthOfArticle.put((String) r[id], month((LocalDate) r[start]));
        }
        for (Table t : tables) {
            if (!t.name().equals("events")) continue;
            int id = t.column("id"), article = t.column("article_id");
            for (Object[] r : t.rows()) monthOfEvent.put((String) r[id], monthOfArticle.getOrDefault((String) r[article], UNDATED));
        }
        HashMap<String, ArrayList<Object[]>> out = new HashMap<>();
        for (Table t : tables) {
            boolean partitioned = partitioned(t);
            int article = t.name().equals("articles") ? t.column("id") : t.column("article_id");
            int event = t.column("event_id");
            ArrayList<Object[]> rows = new ArrayList<>(t.rows().size());
            for (Object[] r : t.rows()) {
                Object[] row = java.util.Arrays.copyOf(r, r.length + (partitioned ? 1 : 0));
                for (int i = 0; i < t.columns().size(); i++) if (t.columns().get(i).type() == DuckDbTables.Type.TIMESTAMP) row[i] = null;
                if (partitioned) {
                    row[r.length] = article >= 0 ? monthOfArticle.getOrDefault((String) r[article], UNDATED)
                            : monthOfEvent.getOrDefault((String) r[event], UNDATED);
                }
                rows.add(row);
            }
            out.put(t.name(), rows);
        }
        return out;
    }

    private static String month(LocalDate start) {
        return start == null ? UNDATED : start.toString().substring(0, 7);
    }
}
