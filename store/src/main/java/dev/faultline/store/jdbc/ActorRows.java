package dev.faultline.store.jdbc;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.store.Store.ActorSummary;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ActorRef}s in {@code actors}, one row an id, the newest reference stored under it; and the
 * summary of every actor over all stored mentions. Kind, origin and link are stored as lower-case
 * words, the sector as its CAMEO code, the lineage as a JSON array.
 */
final class ActorRows {
    /** The columns {@link #read} reads, qualified by the alias {@code a}. */
    static final String COLUMNS = "a.id, a.name, a.kind, a.country, a.sector, a.cameo, a.lineage, a.origin, "
            + "a.affiliation_link, a.affiliation_actor";

    /**
     * A condition on the actor of alias {@code a}: it is the actor {@link #matchArguments} names, or
     * has it in its lineage. Its two parameters are those arguments, in order.
     */
    static final String MATCHES = "(a.id = ? OR a.lineage LIKE ? ESCAPE '\\')";

    private ActorRows() {
    }

    /**
     * The parameters of {@link #MATCHES} for {@code id}: the id, and a LIKE pattern finding it as a
     * whole element of a lineage (the JSON array {@link JsonStringArray} writes), with LIKE's
     * wildcards and escape character in the id taken literally.
     */
    static List<Object> matchArguments(String id) {
        String element = JsonStringArray.quoted(id).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return List.of(id, "%" + element + "%");
    }

    /** The references stored under {@code ids}, by id; an id not stored is absent. */
    static Map<String, ActorRef> find(Connection c, Collection<String> ids) throws SQLException {
        Map<String, ActorRef> out = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM actors a WHERE a.id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ActorRef a = read(rs);
                        out.put(a.id(), a);
                    }
                }
            }
        }
        return out;
    }

    /** Inserts each reference, or replaces the row stored under its id; the ids must be distinct. */
    static void upsert(Connection c, List<ActorRef> actors, LocalDateTime now) throws SQLException {
        MultiRowInsert.run(c, "INSERT INTO actors (id, name, kind, country, sector, cameo, lineage, origin, "
                + "affiliation_link, affiliation_actor, updated_at)", 11, " ON CONFLICT (id) DO UPDATE SET "
                + "name = excluded.name, kind = excluded.kind, country = excluded.country, sector = excluded.sector, "
                + "cameo = excluded.cameo, lineage = excluded.lineage, origin = excluded.origin, "
                + "affiliation_link = excluded.affiliation_link, affiliation_actor = excluded.affiliation_actor, "
                + "updated_at = excluded.updated_at", actors, (p, i, a) -> {
                    p.setString(i, a.id());
                    p.setString(i + 1, a.name());
                    p.setString(i + 2, a.kind().label());
                    p.setString(i + 3, a.country());
                    p.setString(i + 4, a.sector() == null ? null : a.sector().name());
                    p.setString(i + 5, a.cameo());
                    p.setString(i + 6, JsonStringArray.write(a.lineage()));
                    p.setString(i + 7, a.origin().name().toLowerCase(Locale.ROOT));
                    p.setString(i + 8, a.affiliation() == null ? null : a.affiliation().link().label());
                    p.setString(i + 9, a.affiliation() == null ? null : a.affiliation().actor());
                    p.setObject(i + 10, now);
                });
    }

    /**
     * One summary per actor with a stored mention, most mentioned first, then by id. Counting is one
     * grouped query; the spellings (mention texts other than coreference, most frequent first, then
     * alphabetical) a second one.
     */
    static List<ActorSummary> summaries(Connection c, Dialect d) throws SQLException {
        Map<String, List<String>> spellings = spellings(c, d);
        List<ActorSummary> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", s.mentions, s.articles FROM "
                + "(SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles "
                + "FROM actor_mentions GROUP BY actor_id) s JOIN actors a ON a.id = s.actor_id "
                + "ORDER BY s.mentions DESC, " + d.inCodePointOrder("a.id"));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ActorRef actor = read(rs);
                out.add(new ActorSummary(actor, Math.toIntExact(rs.getLong("mentions")),
                        Math.toIntExact(rs.getLong("articles")), spellings.getOrDefault(actor.id(), List.of())));
            }
        }
        return out;
    }

    private static Map<String, List<String>> spellings(Connection c, Dialect d) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT actor_id, text, count(*) AS n FROM actor_mentions "
                + "WHERE basis <> ? GROUP BY actor_id, text ORDER BY actor_id, n DESC, " + d.inCodePointOrder("text"))) {
            p.setString(1, MentionRows.basis(MentionBasis.COREFERENCE));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** The reference in the current row's {@link #COLUMNS}. */
    static ActorRef read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String kind = rs.getString("kind");
        String sector = rs.getString("sector");
        String origin = rs.getString("origin");
        String link = rs.getString("affiliation_link");
        String affiliated = rs.getString("affiliation_actor");
        try {
            return new ActorRef(id, rs.getString("name"),
                    ActorKind.parse(kind).orElseThrow(() -> unknown("kind", kind)),
                    rs.getString("country"),
                    sector == null ? null : Sector.parse(sector).orElseThrow(() -> unknown("sector", sector)),
                    rs.getString("cameo"), JsonStringArray.read(rs.getString("lineage")),
                    ActorRef.Origin.valueOf(origin.toUpperCase(Locale.ROOT)),
                    link == null ? null
                            : new ActorRef.Affiliation(LinkType.parse(link).orElseThrow(() -> unknown("link", link)), affiliated));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("the stored actor " + id + " is malformed: " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException unknown(String what, String value) {
        return new IllegalArgumentException("an unknown " + what + " '" + value + "'");
    }
}
