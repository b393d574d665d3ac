package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/** Which analysis (a pipeline version string) last stored its results for an article, in {@code analyses}. */
final class AnalysisRows {
    private AnalysisRows() {
    }

    static Optional<String> find(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT analysis FROM analyses WHERE article_id = ?")) {
            p.setString(1, article.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void record(Connection c, ArticleId article, String analysis, LocalDateTime now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO analyses (article_id, analysis, analysed_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET analysis = excluded.analysis, "
                + "analysed_at = excluded.analysed_at")) {
            p.setString(1, article.value());
            p.setString(2, analysis);
            p.setObject(3, now);
            p.executeUpdate();
        }
    }

    static void delete(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM analyses WHERE article_id = ?")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
    }
}
