package dev.faultline.store.jdbc;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link Article} as rows: one in {@code articles}, its dropped spans in
 * {@code article_dropped_spans} and its problems in {@code article_problems}, each kept in order by an
 * {@code ordinal}. Enumerations are stored as lower-case words; the published date as its printed
 * value, precision and estimated flag, plus the first day it covers ({@code published_start}) for
 * ordering and range queries.
 */
final class ArticleRows {
    private static final String COLUMNS = "id, source_path, source_format, source_item, title, outlet, url, "
            + "published_value, published_precision, published_estimated, published_start, language, duplicate_of, "
            + "raw_text, text";
    /** Publication order: dated first by the day they start, a year before a month before a day, then id. */
    static final String ORDER = "published_start NULLS LAST, CASE published_precision WHEN 'year' THEN 0 "
            + "WHEN 'month' THEN 1 WHEN 'day' THEN 2 END, id";

    private ArticleRows() {
    }

    /** Inserts the article's row unless its id is stored; true when it inserted. Children are separate. */
    static boolean insertIfAbsent(Connection c, Article a, LocalDateTime now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (" + COLUMNS + ", ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            int i = bindArticle(p, a);
            p.setObject(i, now);
            return p.executeUpdate() == 1;
        }
    }

    static void update(Connection c, Article a, LocalDateTime now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE articles SET source_path = ?, source_format = ?, "
                + "source_item = ?, title = ?, outlet = ?, url = ?, published_value = ?, published_precision = ?, "
                + "published_estimated = ?, published_start = ?, language = ?, duplicate_of = ?, raw_text = ?, "
                + "text = ?, updated_at = ? WHERE id = ?")) {
            int i = bindFields(p, 1, a);
            p.setObject(i++, now);
            p.setString(i, a.id().value());
            p.executeUpdate();
        }
    }

    private static int bindArticle(PreparedStatement p, Article a) throws SQLException {
        p.setString(1, a.id().value());
        return bindFields(p, 2, a);
    }

    /** Binds every column but id from {@code i} on; returns the next free index. */
    private static int bindFields(PreparedStatement p, int i, Article a) throws SQLException {
        p.setString(i++, a.source().path());
        p.setString(i++, a.source().format().name().toLowerCase(Locale.ROOT));
        p.setInt(i++, a.source().item());
        p.setString(i++, a.title());
        p.setString(i++, a.outlet());
        p.setString(i++, a.url());
        PublishedDate d = a.published();
        if (d == null) {
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.VARCHAR);
            p.setNull(i++, Types.BOOLEAN);
            p.setNull(i++, Types.DATE);
        } else {
            p.setString(i++, d.date().value());
            p.setString(i++, d.date().precision().label());
            p.setBoolean(i++, d.estimated());
            p.setObject(i++, d.date().start());
        }
        p.setString(i++, a.language());
        p.setString(i++, a.duplicateOf() == null ? null : a.duplicateOf().value());
        p.setString(i++, a.rawText());
        p.setString(i++, a.text());
        return i;
    }

    static void insertChildren(Connection c, Article a) throws SQLException {
        if (!a.dropped().isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO article_dropped_spans "
                    + "(article_id, ordinal, start_offset, end_offset, reason) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Span s : a.dropped()) {
                    p.setString(1, a.id().value());
                    p.setInt(2, n++);
                    p.setInt(3, s.start());
                    p.setInt(4, s.end());
                    p.setString(5, s.reason());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        if (!a.problems().isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO article_problems "
                    + "(article_id, ordinal, severity, location, message) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Problem pr : a.problems()) {
                    p.setString(1, a.id().value());
                    p.setInt(2, n++);
                    p.setString(3, pr.severity().name().toLowerCase(Locale.ROOT));
                    p.setString(4, pr.where());
                    p.setString(5, pr.message());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    static void deleteChildren(Connection c, ArticleId id) throws SQLException {
        for (String table : new String[] {"article_dropped_spans", "article_problems"}) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                p.setString(1, id.value());
                p.executeUpdate();
            }
        }
    }

    static Optional<Article> find(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Map<String, List<Span>> spans = spans(c, id);
                Map<String, List<Problem>> problems = problems(c, id);
                return Optional.of(read(rs, spans, problems));
            }
        }
    }

    static List<Article> all(Connection c) throws SQLException {
        Map<String, List<Span>> spans = spans(c, null);
        Map<String, List<Problem>> problems = problems(c, null);
        List<Article> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles ORDER BY " + ORDER);
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) out.add(read(rs, spans, problems));
        }
        return out;
    }

    static boolean exists(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return Math.toIntExact(rs.getLong(1));
        }
    }

    /** Dropped spans by article id, in order: of one article, or of all when {@code id} is null. */
    private static Map<String, List<Span>> spans(Connection c, ArticleId id) throws SQLException {
        Map<String, List<Span>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, start_offset, end_offset, reason "
                + "FROM article_dropped_spans" + (id == null ? "" : " WHERE article_id = ?") + " ORDER BY article_id, ordinal")) {
            if (id != null) p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Span(rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Problem>> problems(Connection c, ArticleId id) throws SQLException {
        Map<String, List<Problem>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, severity, location, message "
                + "FROM article_problems" + (id == null ? "" : " WHERE article_id = ?") + " ORDER BY article_id, ordinal")) {
            if (id != null) p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Problem.Severity severity = Problem.Severity.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Problem(severity, rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static Article read(ResultSet rs, Map<String, List<Span>> spans, Map<String, List<Problem>> problems)
            throws SQLException {
        String id = rs.getString("id");
        try {
            Source source = new Source(rs.getString("source_path"),
                    Source.Format.valueOf(rs.getString("source_format").toUpperCase(Locale.ROOT)), rs.getInt("source_item"));
            String duplicateOf = rs.getString("duplicate_of");
            return new Article(new ArticleId(id), source, rs.getString("title"), rs.getString("outlet"),
                    rs.getString("url"), published(rs), rs.getString("language"),
                    duplicateOf == null ? null : new ArticleId(duplicateOf), rs.getString("raw_text"), rs.getString("text"),
                    spans.getOrDefault(id, List.of()), problems.getOrDefault(id, List.of()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("the stored article " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static PublishedDate published(ResultSet rs) throws SQLException {
        String value = rs.getString("published_value");
        if (value == null) return null;
        String precision = rs.getString("published_precision");
        PartialDate date = PartialDate.parse(value)
                .filter(d -> d.precision() == DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException("a published date '" + value + "' of precision " + precision));
        return new PublishedDate(date, rs.getBoolean("published_estimated"));
    }
}
