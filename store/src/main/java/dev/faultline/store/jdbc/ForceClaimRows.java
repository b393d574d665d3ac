package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.Modality;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ForceClaim}s in {@code force_claims}, one row a claim: its actor mention in the {@code actor_*}
 * columns, pointing to its actor's row in {@code actors} (so it reads back with the newest reference
 * stored under that id, as event actors do); its date and place as in {@code events} (see {@link
 * DatePlaceColumns}); its attribution chain as JSON text (see {@link AttributionJson}). The estimate,
 * modality and mention basis are lower-case words. Every value is bound as a parameter.
 */
final class ForceClaimRows {
    private static final String COLUMNS = "f.id AS claim_id, f.article_id, f.sentence, f.begin_offset, f.end_offset, f.text, "
            + "f.actor_begin, f.actor_end, f.actor_sentence, f.actor_token_begin, f.actor_token_end, f.actor_text, f.actor_basis, "
            + "f.actor_confidence, f.personnel, f.estimate, f.date_value, f.date_precision, f.date_basis, f.place_name, "
            + "f.place_country, f.place_admin1, f.place_lat, f.place_lon, f.place_geonameid, f.place_precision, f.modality, "
            + "f.attribution, " + ActorRows.COLUMNS;
    private static final String FROM = " FROM force_claims f JOIN actors a ON a.id = f.actor_id";

    private ForceClaimRows() {
    }

    static void delete(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM force_claims WHERE article_id = ?")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
    }

    /** Inserts the claims; their actors must be stored already. */
    static void insert(Connection c, List<ForceClaim> claims) throws SQLException {
        MultiRowInsert.run(c, "INSERT INTO force_claims (id, article_id, sentence, begin_offset, end_offset, text, actor_begin, "
                + "actor_end, actor_sentence, actor_token_begin, actor_token_end, actor_text, actor_id, actor_basis, actor_confidence, "
                + "personnel, estimate, date_value, date_precision, date_basis, date_start, date_end, place_name, place_country, "
                + "place_admin1, place_lat, place_lon, place_geonameid, place_precision, modality, attribution)", 31, "", claims,
                (p, i, f) -> {
                    p.setString(i, f.id());
                    p.setString(i + 1, f.article().value());
                    p.setInt(i + 2, f.sentence());
                    p.setInt(i + 3, f.begin());
                    p.setInt(i + 4, f.end());
                    p.setString(i + 5, f.text());
                    ActorMention m = f.actor();
                    p.setInt(i + 6, m.begin());
                    p.setInt(i + 7, m.end());
                    p.setInt(i + 8, m.sentence());
                    p.setInt(i + 9, m.tokenBegin());
                    p.setInt(i + 10, m.tokenEnd());
                    p.setString(i + 11, m.text());
                    p.setString(i + 12, m.actor().id());
                    p.setString(i + 13, MentionRows.basis(m.basis()));
                    p.setDouble(i + 14, m.confidence());
                    p.setLong(i + 15, f.personnel());
                    p.setString(i + 16, f.estimate().label());
                    DatePlaceColumns.bindDate(p, i + 17, f.date());
                    DatePlaceColumns.bindPlace(p, i + 22, f.place());
                    p.setString(i + 29, f.modality().label());
                    p.setString(i + 30, AttributionJson.write(f.attribution()));
                });
    }

    /** The article's claims in text order: by where they begin, then id. */
    static List<ForceClaim> find(Connection c, Dialect d, ArticleId article) throws SQLException {
        return select(c, " WHERE f.article_id = ? ORDER BY f.begin_offset, " + d.inCodePointOrder("f.id"), List.of(article.value()));
    }

    /**
     * The claims whose actor is {@code actor} or has it in its lineage, or all; by date (undated last),
     * then article, then position.
     */
    static List<ForceClaim> query(Connection c, Dialect d, Optional<String> actor) throws SQLException {
        String order = " ORDER BY CASE WHEN f.date_start IS NULL THEN 1 ELSE 0 END, f.date_start, f.article_id, f.begin_offset, "
                + d.inCodePointOrder("f.id");
        if (actor.isEmpty()) return select(c, order, List.of());
        return select(c, " WHERE " + ActorRows.MATCHES + order, ActorRows.matchArguments(actor.get()));
    }

    private static List<ForceClaim> select(Connection c, String tail, List<Object> args) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + FROM + tail)) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) rows.add(read(rs));
            }
        }
        if (rows.isEmpty()) return List.of();
        Map<String, ActorRef> attributed = ActorRows.find(c, AttributionJson.actorIds(rows.stream().map(Row::chain).toList()));
        return rows.stream().map(r -> r.claim().withAttribution(AttributionJson.resolve(r.chain(), attributed))).toList();
    }

    /** A claim as read, its chain still to be resolved. */
    private record Row(ForceClaim claim, List<AttributionJson.StoredLink> chain) {
    }

    private static Row read(ResultSet rs) throws SQLException {
        String id = rs.getString("claim_id");
        try {
            ActorMention actor = new ActorMention(rs.getInt("actor_begin"), rs.getInt("actor_end"), rs.getInt("actor_sentence"),
                    rs.getInt("actor_token_begin"), rs.getInt("actor_token_end"), rs.getString("actor_text"), ActorRows.read(rs),
                    MentionBasis.valueOf(rs.getString("actor_basis").toUpperCase(Locale.ROOT)), rs.getDouble("actor_confidence"));
            ForceClaim claim = new ForceClaim(id, new ArticleId(rs.getString("article_id")), rs.getInt("sentence"),
                    rs.getInt("begin_offset"), rs.getInt("end_offset"), rs.getString("text"), actor, rs.getLong("personnel"),
                    Estimate.parse(rs.getString("estimate")),
                    DatePlaceColumns.date(rs.getString("date_value"), rs.getString("date_precision"), rs.getString("date_basis")),
                    DatePlaceColumns.place(rs.getString("place_name"), rs.getString("place_country"), rs.getString("place_admin1"),
                            nullableDouble(rs, "place_lat"), nullableDouble(rs, "place_lon"), nullableLong(rs, "place_geonameid"),
                            rs.getString("place_precision")),
                    Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)), List.of());
            return new Row(claim, AttributionJson.read(rs.getString("attribution")));
        } catch (IllegalArgumentException | NullPointerException | StoreException e) {
            throw new StoreException("the stored force claim " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
