package dev.faultline.store.jdbc;

import dev.faultline.domain.Article;
import dev.faultline.domain.RawReport;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article was cleaned from, in {@code article_inputs}: the input's title and published value as read, and how
 * many of the article's first problems came with it. The rest of the input (source, body, url, outlet) is the article's.
 */
final class InputRows {
    private InputRows() {
    }

    /** The stored part of an input. */
    record Row(String title, String published, int problems) {
        static Row of(RawReport input) {
            return new Row(input.title(), input.published(), input.problems().size());
        }

        RawReport input(Article a) {
            return new RawReport(a.source(), title, a.rawText(), a.url(), a.outlet(), published,
                    a.problems().subList(0, Math.min(problems, a.problems().size())));
        }
    }

    /** Refuses an input that is not the report {@code a} was cleaned from. */
    static void check(Article a, RawReport input) {
        String wrong = !input.body().equals(a.rawText()) ? "another body"
                : !input.source().equals(a.source()) ? "another source (" + input.source().display() + ")"
                : !Objects.equals(input.url(), a.url()) ? "another url"
                : !Objects.equals(input.outlet(), a.outlet()) ? "another outlet"
                : input.problems().size() > a.problems().size()
                        || !a.problems().subList(0, input.problems().size()).equals(input.problems()) ? "problems the article lacks"
                : null;
        if (wrong != null) {
            throw new StoreException("the input given for article " + a.id() + " (" + a.source().display() + ") is not the report it was "
                    + "cleaned from: it has " + wrong);
        }
    }

    static Optional<Row> find(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT title, published, problems FROM article_inputs WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3))) : Optional.empty();
            }
        }
    }

    /** Stores the row, replacing one stored for the article (an UPDATE: DuckDB refuses a delete and insert of one key). */
    static void put(Connection c, String articleId, Row row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE article_inputs SET title = ?, published = ?, problems = ? WHERE article_id = ?")) {
            p.setString(1, row.title());
            p.setString(2, row.published());
            p.setInt(3, row.problems());
            p.setString(4, articleId);
            if (p.executeUpdate() == 1) return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_inputs (article_id, title, published, problems) VALUES (?, ?, ?, ?)")) {
            p.setString(1, articleId);
            p.setString(2, row.title());
            p.setString(3, row.published());
            p.setInt(4, row.problems());
            p.executeUpdate();
        }
    }
}
