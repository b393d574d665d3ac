package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The boilerplate learner's state, in {@code line_holders}: for each line key, the ids of reports holding it. */
final class LineHolderRows {
    /** Keys per look-up or delete: well under every driver's limit on parameters. */
    private static final int CHUNK = 500;

    private LineHolderRows() {
    }

    /** Each key's holders, in id order; keys without holders are absent. */
    static Map<String, List<ArticleId>> find(Connection c, Collection<String> keys) throws SQLException {
        Map<String, List<ArticleId>> out = new TreeMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement p = c.prepareStatement("SELECT line_key, report_id FROM line_holders WHERE line_key IN ("
                    + marks(chunk.size()) + ") ORDER BY line_key, report_id")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ArticleId(rs.getString(2)));
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** Replaces the holders of each key given. */
    static void replace(Connection c, Map<String, List<ArticleId>> holders) throws SQLException {
        List<String> keys = new ArrayList<>(holders.keySet());
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            try (PreparedStatement p = c.prepareStatement("DELETE FROM line_holders WHERE line_key IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                p.executeUpdate();
            }
        }
        List<Object[]> rows = new ArrayList<>();
        holders.forEach((key, ids) -> new LinkedHashSet<>(ids).forEach(id -> rows.add(new Object[] {key, id.value()})));
        MultiRowInsert.run(c, "INSERT INTO line_holders (line_key, report_id)", 2, "", rows, (p, i, r) -> {
            p.setString(i, (String) r[0]);
            p.setString(i + 1, (String) r[1]);
        });
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
