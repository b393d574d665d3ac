package dev.faultline.store.jdbc;

import dev.faultline.domain.ArticleId;
import dev.faultline.store.Signature;
import dev.faultline.store.Store.StoredSignature;
import dev.faultline.store.StoreException;

import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Near-duplicate signatures in {@code signatures}, one row an article, as a native integer array
 * (DuckDB {@code INTEGER[]}, PostgreSQL {@code integer[]}) so SQL can later band them for lookups.
 */
final class SignatureRows {
    private SignatureRows() {
    }

    static void insert(Connection c, Dialect d, ArticleId id, Signature s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO signatures (article_id, hash_values) VALUES (?, ?)")) {
            p.setString(1, id.value());
            p.setArray(2, c.createArrayOf(d.intArrayElementType(), boxed(s)));
            p.executeUpdate();
        }
    }

    static void replace(Connection c, Dialect d, ArticleId id, Signature s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE signatures SET hash_values = ? WHERE article_id = ?")) {
            p.setArray(1, c.createArrayOf(d.intArrayElementType(), boxed(s)));
            p.setString(2, id.value());
            if (p.executeUpdate() == 1) return;
        }
        insert(c, d, id, s);
    }

    static Optional<Signature> find(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT hash_values FROM signatures WHERE article_id = ?")) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, 1, id.value())) : Optional.empty();
            }
        }
    }

    /** All signatures with their article's published value, by article id. */
    static List<StoredSignature> all(Connection c) throws SQLException {
        List<StoredSignature> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.article_id, s.hash_values, a.published_value "
                + "FROM signatures s JOIN articles a ON a.id = s.article_id ORDER BY s.article_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                out.add(new StoredSignature(new ArticleId(id), read(rs, 2, id), rs.getString(3)));
            }
        }
        return out;
    }

    private static Integer[] boxed(Signature s) {
        int[] v = s.values();
        Integer[] out = new Integer[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

    /** Reads an array column whatever element class the driver chose (Integer, Long, ...). */
    private static Signature read(ResultSet rs, int column, String id) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        Object elements = array == null ? null : array.getArray();
        if (elements == null || Array.getLength(elements) == 0) {
            throw new StoreException("the stored signature of article " + id + " is empty");
        }
        int[] values = new int[Array.getLength(elements)];
        for (int i = 0; i < values.length; i++) {
            Object e = Array.get(elements, i);
            if (!(e instanceof Number n)) throw new StoreException("the stored signature of article " + id + " holds " + e);
            values[i] = n.intValue();
        }
        return new Signature(values);
    }
}
