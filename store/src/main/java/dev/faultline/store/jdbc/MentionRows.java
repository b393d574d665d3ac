package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's {@link ActorMention}s in {@code actor_mentions}, one row a mention, keyed by its
 * article and character span; the actor is a reference to its row in {@code actors}, so a mention
 * reads back with the newest reference stored under its actor's id. The basis is a lower-case word.
 */
final class MentionRows {
    private MentionRows() {
    }

    static String basis(MentionBasis b) {
        return b.name().toLowerCase(Locale.ROOT);
    }

    static void delete(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM actor_mentions WHERE article_id = ?")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
    }

    /** Inserts the mentions; their actors must be stored already. */
    static void insert(Connection c, ArticleId article, List<ActorMention> mentions) throws SQLException {
        MultiRowInsert.run(c, "INSERT INTO actor_mentions (article_id, begin_offset, end_offset, sentence, token_begin, "
                + "token_end, text, actor_id, basis, confidence)", 10, "", mentions, (p, i, m) -> {
                    p.setString(i, article.value());
                    p.setInt(i + 1, m.begin());
                    p.setInt(i + 2, m.end());
                    p.setInt(i + 3, m.sentence());
                    p.setInt(i + 4, m.tokenBegin());
                    p.setInt(i + 5, m.tokenEnd());
                    p.setString(i + 6, m.text());
                    p.setString(i + 7, m.actor().id());
                    p.setString(i + 8, basis(m.basis()));
                    p.setDouble(i + 9, m.confidence());
                });
    }

    /** The article's mentions in text order: by where they begin, then end. */
    static List<ActorMention> find(Connection c, ArticleId article) throws SQLException {
        List<ActorMention> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.begin_offset, m.end_offset, m.sentence, m.token_begin, "
                + "m.token_end, m.text, m.basis, m.confidence, " + ActorRows.COLUMNS + " FROM actor_mentions m "
                + "JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ? ORDER BY m.begin_offset, m.end_offset")) {
            p.setString(1, article.value());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(read(rs, article));
            }
        }
        return out;
    }

    private static ActorMention read(ResultSet rs, ArticleId article) throws SQLException {
        String basis = rs.getString("basis");
        int begin = rs.getInt("begin_offset");
        int end = rs.getInt("end_offset");
        try {
            return new ActorMention(begin, end, rs.getInt("sentence"), rs.getInt("token_begin"), rs.getInt("token_end"),
                    rs.getString("text"), ActorRows.read(rs), MentionBasis.valueOf(basis.toUpperCase(Locale.ROOT)),
                    rs.getDouble("confidence"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("the stored actor mention [" + begin + ", " + end + ") of article " + article
                    + " is malformed: " + e.getMessage(), e);
        }
    }
}
