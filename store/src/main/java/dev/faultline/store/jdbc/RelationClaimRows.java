package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link RelationClaim}s in {@code relation_claims} (V8), one row a claim: its two actor mentions in the
 * {@code a_*} and {@code b_*} columns, each pointing to its actor's row in {@code actors} (so it reads back
 * with the newest reference stored under that id, as event actors do); its date as in {@code events} (see
 * {@link DatePlaceColumns}); its attribution chain as JSON text (see {@link AttributionJson}). The relation
 * type, modality and mention bases are lower-case words. Every value is bound as a parameter.
 */
final class RelationClaimRows {
    private static final String COLUMNS = "id, article_id, sentence, begin_offset, end_offset, text, "
            + "a_begin, a_end, a_sentence, a_token_begin, a_token_end, a_text, a_actor_id, a_basis, a_confidence, relation, "
            + "b_begin, b_end, b_sentence, b_token_begin, b_token_end, b_text, b_actor_id, b_basis, b_confidence, cue, "
            + "date_value, date_precision, date_basis, date_start, date_end, modality, attribution";

    private RelationClaimRows() {
    }

    static void delete(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM relation_claims WHERE article_id = ?")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
    }

    /** Inserts the claims; their actors must be stored already. */
    static void insert(Connection c, List<RelationClaim> claims) throws SQLException {
        MultiRowInsert.run(c, "INSERT INTO relation_claims (" + COLUMNS + ")", 33, "", claims, (p, i, r) -> {
            p.setString(i, r.id());
            p.setString(i + 1, r.article().value());
            p.setInt(i + 2, r.sentence());
            p.setInt(i + 3, r.begin());
            p.setInt(i + 4, r.end());
            p.setString(i + 5, r.text());
            bindMention(p, i + 6, r.a());
            p.setString(i + 15, r.type().label());
            bindMention(p, i + 16, r.b());
            p.setString(i + 25, r.cue());
            DatePlaceColumns.bindDate(p, i + 26, r.date());
            p.setString(i + 31, r.modality().label());
            p.setString(i + 32, AttributionJson.write(r.attribution()));
        });
    }

    /** Binds a mention's nine columns (begin, end, sentence, token_begin, token_end, text, actor_id, basis, confidence). */
    private static void bindMention(PreparedStatement p, int i, ActorMention m) throws SQLException {
        p.setInt(i, m.begin());
        p.setInt(i + 1, m.end());
        p.setInt(i + 2, m.sentence());
        p.setInt(i + 3, m.tokenBegin());
        p.setInt(i + 4, m.tokenEnd());
        p.setString(i + 5, m.text());
        p.setString(i + 6, m.actor().id());
        p.setString(i + 7, MentionRows.basis(m.basis()));
        p.setDouble(i + 8, m.confidence());
    }

    /** The article's claims in text order: by where they begin, then id. */
    static List<RelationClaim> find(Connection c, Dialect d, ArticleId article) throws SQLException {
        return select(c, " WHERE article_id = ? ORDER BY begin_offset, " + d.inCodePointOrder("id"), List.of(article.value()));
    }

    /** Every claim: by date (undated last), then article, then position. */
    static List<RelationClaim> all(Connection c, Dialect d) throws SQLException {
        return select(c, " ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, article_id, begin_offset, "
                + d.inCodePointOrder("id"), List.of());
    }

    private static List<RelationClaim> select(Connection c, String tail, List<Object> args) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM relation_claims" + tail)) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) rows.add(Row.read(rs));
            }
        }
        if (rows.isEmpty()) return List.of();
        Set<String> ids = new LinkedHashSet<>();
        for (Row r : rows) ids.addAll(List.of(r.aActor(), r.bActor()));
        ids.addAll(AttributionJson.actorIds(rows.stream().map(Row::chain).toList()));
        Map<String, ActorRef> actors = ActorRows.find(c, ids);
        List<RelationClaim> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.claim(actors));
        return out;
    }

    /** A claim's columns as read, its actors and chain still to be resolved. */
    private record Row(String id, String article, int sentence, int begin, int end, String text, MentionColumns a, String type,
                       MentionColumns b, String cue, String dateValue, String datePrecision, String dateBasis, String modality,
                       List<AttributionJson.StoredLink> chain) {

        static Row read(ResultSet rs) throws SQLException {
            String id = rs.getString("id");
            try {
                return new Row(id, rs.getString("article_id"), rs.getInt("sentence"), rs.getInt("begin_offset"), rs.getInt("end_offset"),
                        rs.getString("text"), MentionColumns.read(rs, "a_"), rs.getString("relation"), MentionColumns.read(rs, "b_"),
                        rs.getString("cue"), rs.getString("date_value"), rs.getString("date_precision"), rs.getString("date_basis"),
                        rs.getString("modality"), AttributionJson.read(rs.getString("attribution")));
            } catch (IllegalArgumentException e) {
                throw new StoreException("the stored relation claim " + id + " is malformed: " + e.getMessage(), e);
            }
        }

        String aActor() {
            return a.actorId;
        }

        String bActor() {
            return b.actorId;
        }

        RelationClaim claim(Map<String, ActorRef> actors) {
            try {
                return new RelationClaim(id, new ArticleId(article), sentence, begin, end, text, a.mention(actors),
                        RelationType.valueOf(type.toUpperCase(Locale.ROOT)), b.mention(actors), cue,
                        DatePlaceColumns.date(dateValue, datePrecision, dateBasis), Modality.valueOf(modality.toUpperCase(Locale.ROOT)),
                        AttributionJson.resolve(chain, actors));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new StoreException("the stored relation claim " + id + " is malformed: " + e.getMessage(), e);
            }
        }
    }

    /** One side's mention columns, its actor still an id. */
    private record MentionColumns(int begin, int end, int sentence, int tokenBegin, int tokenEnd, String text, String actorId,
                                  String basis, double confidence) {
        static MentionColumns read(ResultSet rs, String prefix) throws SQLException {
            return new MentionColumns(rs.getInt(prefix + "begin"), rs.getInt(prefix + "end"), rs.getInt(prefix + "sentence"),
                    rs.getInt(prefix + "token_begin"), rs.getInt(prefix + "token_end"), rs.getString(prefix + "text"),
                    rs.getString(prefix + "actor_id"), rs.getString(prefix + "basis"), rs.getDouble(prefix + "confidence"));
        }

        ActorMention mention(Map<String, ActorRef> actors) {
            ActorRef actor = actors.get(actorId);
            if (actor == null) throw new IllegalArgumentException("its actor '" + actorId + "' is not stored");
            return new ActorMention(begin, end, sentence, tokenBegin, tokenEnd, text, actor,
                    MentionBasis.valueOf(basis.toUpperCase(Locale.ROOT)), confidence);
        }
    }
}
