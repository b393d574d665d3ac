package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.ForceSize;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Page;
import dev.faultline.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events in {@code events}, their source and target mentions in {@code event_actors} (each pointing to
 * its actor's row in {@code actors}, so it reads back with the newest reference stored under that id),
 * their attribution chains as JSON text in {@code events.attribution} (see {@link AttributionJson}).
 * Every value is bound as a parameter; the query's filters are fixed SQL fragments.
 */
final class EventRows {
    private static final String COLUMNS = "e.id, e.article_id, e.sentence, e.begin_offset, e.end_offset, e.text, e.date_value, "
            + "e.date_precision, e.date_basis, e.type, e.mode, e.context, e.cameo, e.goldstein, e.modality, e.place_name, "
            + "e.place_country, e.place_lat, e.place_lon, e.place_geonameid, e.size_personnel, e.size_killed, e.size_injured, "
            + "e.size_text, e.confidence, e.place_admin1, e.place_precision, e.attribution";
    private static final String ORDER = " ORDER BY CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, e.article_id, "
            + "e.begin_offset, e.id";

    private EventRows() {
    }

    static void delete(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM events WHERE article_id = ?")) {
            p.setString(1, article.value());
            p.executeUpdate();
        }
    }

    /** Inserts the events; their actors must be stored already. */
    static void insert(Connection c, List<CodedEvent> events) throws SQLException {
        MultiRowInsert.run(c, "INSERT INTO events (id, article_id, sentence, begin_offset, end_offset, text, date_value, "
                + "date_precision, date_basis, date_start, date_end, type, mode, context, cameo, goldstein, modality, place_name, "
                + "place_country, place_admin1, place_lat, place_lon, place_geonameid, place_precision, size_personnel, size_killed, "
                + "size_injured, size_text, confidence, attribution)", 30, "", events, (p, i, e) -> {
                    p.setString(i, e.id());
                    p.setString(i + 1, e.article().value());
                    p.setInt(i + 2, e.sentence());
                    p.setInt(i + 3, e.begin());
                    p.setInt(i + 4, e.end());
                    p.setString(i + 5, e.text());
                    DatePlaceColumns.bindDate(p, i + 6, e.date());
                    p.setString(i + 11, e.type().name());
                    p.setString(i + 12, e.mode());
                    p.setString(i + 13, JsonStringArray.write(e.context()));
                    p.setString(i + 14, e.cameo());
                    p.setDouble(i + 15, e.goldstein());
                    p.setString(i + 16, e.modality().label());
                    DatePlaceColumns.bindPlace(p, i + 17, e.place());
                    ForceSize s = e.size();
                    DatePlaceColumns.setLong(p, i + 24, s == null ? null : s.personnel());
                    DatePlaceColumns.setLong(p, i + 25, s == null ? null : s.killed());
                    DatePlaceColumns.setLong(p, i + 26, s == null ? null : s.injured());
                    p.setString(i + 27, s == null ? null : s.text());
                    p.setDouble(i + 28, e.confidence());
                    p.setString(i + 29, AttributionJson.write(e.attribution()));
                });
        List<Object[]> roles = new ArrayList<>();
        for (CodedEvent e : events) {
            for (int k = 0; k < e.source().size(); k++) roles.add(new Object[] {e.id(), "source", k, e.source().get(k)});
            for (int k = 0; k < e.target().size(); k++) roles.add(new Object[] {e.id(), "target", k, e.target().get(k)});
        }
        MultiRowInsert.run(c, "INSERT INTO event_actors (event_id, role, position, begin_offset, end_offset, sentence, token_begin, "
                + "token_end, text, actor_id, basis, confidence)", 12, "", roles, (p, i, r) -> {
                    ActorMention m = (ActorMention) r[3];
                    p.setString(i, (String) r[0]);
                    p.setString(i + 1, (String) r[1]);
                    p.setInt(i + 2, (Integer) r[2]);
                    p.setInt(i + 3, m.begin());
                    p.setInt(i + 4, m.end());
                    p.setInt(i + 5, m.sentence());
                    p.setInt(i + 6, m.tokenBegin());
                    p.setInt(i + 7, m.tokenEnd());
                    p.setString(i + 8, m.text());
                    p.setString(i + 9, m.actor().id());
                    p.setString(i + 10, MentionRows.basis(m.basis()));
                    p.setDouble(i + 11, m.confidence());
                });
    }

    static List<CodedEvent> find(Connection c, ArticleId article) throws SQLException {
        return select(c, " WHERE e.article_id = ? ORDER BY e.begin_offset, e.id", List.of(article.value()));
    }

    /**
     * A page of the events {@code q} selects, in {@link #ORDER}, after the cursor {@code after} (null: from the start).
     * The query reads the events' own tables and the actors', never an article's.
     */
    static Page<CodedEvent> query(Connection c, EventQuery q, String after, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor().isPresent()) {
            // the actor itself, or any actor whose lineage holds it (lineage is a JSON array of kebab-case ids)
            where.append(" AND EXISTS (SELECT 1 FROM event_actors x JOIN actors a ON a.id = x.actor_id WHERE x.event_id = e.id "
                    + "AND " + ActorRows.MATCHES + ")");
            args.addAll(ActorRows.matchArguments(q.actor().get()));
        }
        if (q.type().isPresent()) {
            where.append(" AND e.type = ?");
            args.add(q.type().get().name());
        }
        if (q.since().isPresent()) {
            where.append(" AND e.date_end >= ?");
            args.add(q.since().get().start().toString());
        }
        if (q.until().isPresent()) {
            where.append(" AND e.date_start <= ?");
            args.add(q.until().get().end().toString());
        }
        if (after != null) where.append(after(after, args));
        args.add(size + 1);
        List<CodedEvent> events = select(c, where + ORDER + " LIMIT ?", args);
        if (events.size() <= size) return new Page<>(events, null);
        List<CodedEvent> page = events.subList(0, size);
        CodedEvent last = page.get(size - 1);
        String start = last.date() == null ? null : last.date().value().start().toString();
        return new Page<>(page, Cursor.of(start, last.article().value(), last.begin(), last.id()));
    }

    /** The condition that keeps what {@link #ORDER} puts after the cursor, its values added to {@code args}. */
    private static String after(String cursor, List<Object> args) {
        List<String> k = Cursor.parts(cursor, 4, "events");
        if (k.get(1) == null || k.get(3) == null) throw new StoreException("'" + cursor + "' is not a position in the events this store gave");
        int begin = Cursor.number(k.get(2), cursor, "events");
        String sameDate = "(e.article_id > ? OR (e.article_id = ? AND (e.begin_offset > ? OR (e.begin_offset = ? AND e.id > ?))))";
        List<Object> tail = List.of(k.get(1), k.get(1), begin, begin, k.get(3));
        if (k.get(0) == null) {
            args.addAll(tail);
            return " AND e.date_start IS NULL AND " + sameDate;
        }
        args.add(k.get(0));
        args.add(k.get(0));
        args.addAll(tail);
        return " AND (e.date_start IS NULL OR e.date_start > ? OR (e.date_start = ? AND " + sameDate + "))";
    }

    private static List<CodedEvent> select(Connection c, String tail, List<Object> args) throws SQLException {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM events e" + tail)) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[28];
                    for (int k = 0; k < row.length; k++) row[k] = rs.getObject(k + 1);
                    rows.put(rs.getString(1), row);
                }
            }
        }
        if (rows.isEmpty()) return List.of();
        Map<String, List<ActorMention>> sources = new LinkedHashMap<>(), targets = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(rows.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = c.prepareStatement("SELECT x.event_id, x.role, x.begin_offset, x.end_offset, x.sentence, "
                    + "x.token_begin, x.token_end, x.text AS mention_text, x.basis, x.confidence AS mention_confidence, "
                    + ActorRows.COLUMNS + " FROM event_actors x JOIN actors a ON a.id = x.actor_id WHERE x.event_id IN (" + marks
                    + ") ORDER BY x.event_id, x.role, x.position")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ActorMention m = new ActorMention(rs.getInt("begin_offset"), rs.getInt("end_offset"), rs.getInt("sentence"),
                                rs.getInt("token_begin"), rs.getInt("token_end"), rs.getString("mention_text"), ActorRows.read(rs),
                                MentionBasis.valueOf(rs.getString("basis").toUpperCase(Locale.ROOT)), rs.getDouble("mention_confidence"));
                        (rs.getString("role").equals("source") ? sources : targets).computeIfAbsent(rs.getString("event_id"),
                                k -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
        Map<String, List<AttributionJson.StoredLink>> chains = new LinkedHashMap<>();
        for (Object[] r : rows.values()) {
            try {
                chains.put((String) r[0], AttributionJson.read((String) r[27]));
            } catch (IllegalArgumentException e) {
                throw malformed((String) r[0], e);
            }
        }
        Map<String, ActorRef> attributed = ActorRows.find(c, AttributionJson.actorIds(chains.values()));
        List<CodedEvent> out = new ArrayList<>();
        for (Object[] r : rows.values()) {
            String id = (String) r[0];
            out.add(event(r, sources.getOrDefault(id, List.of()), targets.getOrDefault(id, List.of()), chains.get(id), attributed));
        }
        return out;
    }

    private static CodedEvent event(Object[] r, List<ActorMention> source, List<ActorMention> target,
                                    List<AttributionJson.StoredLink> chain, Map<String, ActorRef> attributed) {
        String id = (String) r[0];
        try {
            EventDate date = DatePlaceColumns.date((String) r[6], (String) r[7], (String) r[8]);
            EventPlace place = DatePlaceColumns.place((String) r[15], (String) r[16], (String) r[25], dbl(r[17]), dbl(r[18]),
                    lng(r[19]), (String) r[26]);
            ForceSize size = r[23] == null ? null : new ForceSize(lng(r[20]), lng(r[21]), lng(r[22]), (String) r[23]);
            return new CodedEvent(id, new ArticleId((String) r[1]), num(r[2]), num(r[3]), num(r[4]), (String) r[5], date, source, target,
                    PloverType.valueOf((String) r[9]), (String) r[10], JsonStringArray.read((String) r[11]), (String) r[12],
                    dbl(r[13]), Modality.valueOf(((String) r[14]).toUpperCase(Locale.ROOT)), place, size, dbl(r[24]),
                    AttributionJson.resolve(chain, attributed));
        } catch (RuntimeException e) {
            throw malformed(id, e);
        }
    }

    private static StoreException malformed(String id, RuntimeException e) {
        return new StoreException("the stored event " + id + " is malformed: " + e.getMessage(), e);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static Long lng(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
