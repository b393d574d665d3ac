package dev.faultline.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows with few statements: {@code INSERT ... VALUES (?, ?), (?, ?), ...} of up to
 * {@link #ROWS_PER_STATEMENT} rows each, every value still a parameter. DuckDB runs each execution of
 * a batch as its own query, at about a millisecond apiece, so a batch of single-row inserts costs
 * far more there than one statement of many rows; PostgreSQL gains a little too.
 */
final class MultiRowInsert {
    static final int ROWS_PER_STATEMENT = 100;

    /** Binds one row's values from parameter index {@code first} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement p, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * Runs {@code head + " VALUES (...), ... " + tail} for {@code rows} in chunks.
     *
     * @param head    {@code INSERT INTO table (columns)}, no values
     * @param columns how many values one row binds
     * @param tail    what follows the values (an ON CONFLICT clause), or ""
     */
    static <T> void run(Connection c, String head, int columns, String tail, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement p = c.prepareStatement(head + " VALUES " + placeholders(columns, chunk.size()) + tail)) {
                int i = 1;
                for (T row : chunk) {
                    binder.bind(p, i, row);
                    i += columns;
                }
                p.executeUpdate();
            }
        }
    }

    private static String placeholders(int columns, int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder out = new StringBuilder(rows * (row.length() + 2));
        for (int r = 0; r < rows; r++) {
            if (r > 0) out.append(", ");
            out.append(row);
        }
        return out.toString();
    }
}
