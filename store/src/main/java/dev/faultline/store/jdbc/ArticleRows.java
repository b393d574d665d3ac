package dev.faultline.store.jdbc;

import dev.faultline.domain.Article;
import dev.faultline.domain.TextEnds;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.Span;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.Page;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
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
    /** What {@link #infoPage} reads: no text column. */
    private static final String INFO_COLUMNS = "id, source_path, source_format, source_item, title, outlet, url, "
            + "published_value, published_precision, published_estimated, published_start, language, duplicate_of";
    /** A precision's place among the dates of one first day: a year before a month before a day. */
    private static final Map<String, Integer> RANK = Map.of("year", 0, "month", 1, "day", 2);
    private static final String RANK_SQL = "CASE published_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 WHEN 'day' THEN 2 END";
    /** Publication order: dated first by the day they start, a year before a month before a day, then id. */
    static final String ORDER = "published_start NULLS LAST, " + RANK_SQL + ", id";

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

    static void insertChildren(Connection c, Article a, boolean textEnds) throws SQLException {
        if (textEnds) putTextEnds(c, a.id().value(), TextEnds.of(a.text()));
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

    private static void putTextEnds(Connection c, String id, String ends) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_text_ends (article_id, text_ends) VALUES (?, ?)")) {
            p.setString(1, id);
            p.setString(2, ends);
            p.executeUpdate();
        }
    }

    /** Stores the text ends of every article that has none (those stored before V7); returns how many. */
    static int fillTextEnds(Connection c) throws SQLException {
        Map<String, String> missing = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, text FROM articles "
                + "WHERE id NOT IN (SELECT article_id FROM article_text_ends)")) {
            while (rs.next()) missing.put(rs.getString(1), TextEnds.of(rs.getString(2)));
        }
        for (Map.Entry<String, String> e : missing.entrySet()) putTextEnds(c, e.getKey(), e.getValue());
        return missing.size();
    }

    static void deleteChildren(Connection c, ArticleId id, boolean textEnds) throws SQLException {
        List<String> tables = textEnds ? List.of("article_dropped_spans", "article_problems", "article_text_ends")
                : List.of("article_dropped_spans", "article_problems");
        for (String table : tables) {
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
                Map<String, List<Span>> spans = spans(c, List.of(id.value()));
                Map<String, List<Problem>> problems = problems(c, List.of(id.value()));
                return Optional.of(read(rs, spans, problems));
            }
        }
    }

    /** A page of the articles in publication order ({@link #ORDER}), after the cursor {@code after} (null: from the start). */
    static Page<Article> page(Connection c, String after, int size) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = after(after, args);
        List<Article> out = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles" + where + " ORDER BY " + ORDER + " LIMIT ?")) {
            int i = bind(p, args);
            p.setInt(i, size + 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        List<String> kept = ids.subList(0, Math.min(size, ids.size()));
        if (kept.isEmpty()) return new Page<>(List.of(), null);
        Map<String, List<Span>> spans = spans(c, kept);
        Map<String, List<Problem>> problems = problems(c, kept);
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(kept.size(), "?")) + ") ORDER BY " + ORDER)) {
            for (int i = 0; i < kept.size(); i++) p.setString(i + 1, kept.get(i));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(read(rs, spans, problems));
            }
        }
        return new Page<>(out, ids.size() > size ? cursor(out.get(out.size() - 1).published(), out.get(out.size() - 1).id()) : null);
    }

    /** A page of the articles without texts, spans or problems, in the order of {@link #page}. Reads no text column. */
    static Page<ArticleInfo> infoPage(Connection c, String after, int size, boolean textEnds) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = after(after, args);
        List<ArticleInfo> out = new ArrayList<>();
        boolean more = false;
        String ends = textEnds ? ", text_ends FROM articles LEFT JOIN article_text_ends ON article_id = id" : ", NULL AS text_ends FROM articles";
        try (PreparedStatement p = c.prepareStatement("SELECT " + INFO_COLUMNS + ends + where + " ORDER BY " + ORDER
                + " LIMIT ?")) {
            int i = bind(p, args);
            p.setInt(i, size + 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (out.size() == size) {
                        more = true;
                        break;
                    }
                    out.add(info(rs, rs.getString("text_ends")));
                }
            }
        }
        return new Page<>(out, more ? cursor(out.get(out.size() - 1).published(), out.get(out.size() - 1).id()) : null);
    }

    /** The cursor after an article: its date's first day, its precision's rank in {@link #ORDER}, its id. */
    private static String cursor(PublishedDate d, ArticleId id) {
        return d == null ? Cursor.of(null, null, id.value())
                : Cursor.of(d.date().start(), RANK.get(d.date().precision().label()), id.value());
    }

    /** The WHERE clause that keeps what {@link #ORDER} puts after the cursor, its values added to {@code args}. */
    private static String after(String cursor, List<Object> args) {
        if (cursor == null) return "";
        List<String> k = Cursor.parts(cursor, 3, "articles");
        try {
            if (k.get(2) == null) throw new IllegalArgumentException("no id");
            new ArticleId(k.get(2));
            if (k.get(0) == null) {
                args.add(k.get(2));
                return " WHERE published_start IS NULL AND id > ?";
            }
            LocalDate start = LocalDate.parse(k.get(0));
            int rank = Cursor.number(k.get(1), cursor, "articles");
            args.addAll(List.of(start, start, rank, rank, k.get(2)));
            return " WHERE (published_start IS NULL OR published_start > ? OR (published_start = ? AND (" + RANK_SQL + " > ? OR ("
                    + RANK_SQL + " = ? AND id > ?))))";
        } catch (RuntimeException e) {
            if (e instanceof StoreException se) throw se;
            throw new StoreException("'" + cursor + "' is not a position in the articles this store gave", e);
        }
    }

    private static int bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
        return args.size() + 1;
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

    /** Dropped spans by article id, in order, of these articles. */
    private static Map<String, List<Span>> spans(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Span>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, start_offset, end_offset, reason "
                + "FROM article_dropped_spans WHERE article_id IN (" + marks(ids.size()) + ") ORDER BY article_id, ordinal")) {
            for (int i = 0; i < ids.size(); i++) p.setString(i + 1, ids.get(i));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Span(rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Problem>> problems(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Problem>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, severity, location, message "
                + "FROM article_problems WHERE article_id IN (" + marks(ids.size()) + ") ORDER BY article_id, ordinal")) {
            for (int i = 0; i < ids.size(); i++) p.setString(i + 1, ids.get(i));
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
        ArticleInfo i = info(rs, null);   // the article's own text is at hand
        String id = i.id().value();
        try {
            return new Article(i.id(), i.source(), i.title(), i.outlet(), i.url(), i.published(), i.language(), i.duplicateOf(),
                    rs.getString("raw_text"), rs.getString("text"), spans.getOrDefault(id, List.of()), problems.getOrDefault(id, List.of()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("the stored article " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static ArticleInfo info(ResultSet rs, String textEnds) throws SQLException {
        String id = rs.getString("id");
        try {
            Source source = new Source(rs.getString("source_path"),
                    Source.Format.valueOf(rs.getString("source_format").toUpperCase(Locale.ROOT)), rs.getInt("source_item"));
            String duplicateOf = rs.getString("duplicate_of");
            return new ArticleInfo(new ArticleId(id), source, rs.getString("title"), rs.getString("outlet"), rs.getString("url"),
                    published(rs), rs.getString("language"), duplicateOf == null ? null : new ArticleId(duplicateOf),
                    textEnds);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("the stored article " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
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
