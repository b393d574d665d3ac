package dev.faultline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a listing: {@code {"items": [...], "next": cursor or null, "total": n}}, at most {@link #MAX_LIMIT} items.
 * The cursor is opaque to clients; it holds the last item's key and its position, so that a page read after the store
 * grew continues after that item (found again by key) rather than at a shifted offset.
 */
public final class Paging {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    /** The page of {@code rows} the request's {@code cursor} and {@code limit} ask for; {@code key} names an item. */
    public static <T> ObjectNode page(List<T> rows, Params p, int defaultLimit, Function<T, String> key, Function<T, JsonNode> json) {
        int limit = p.integer("limit", 1, MAX_LIMIT, defaultLimit);
        int start = start(rows, p.text("cursor"), key);
        int end = Math.min(rows.size(), start + limit);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        var items = o.putArray("items");
        for (int i = start; i < end; i++) items.add(json.apply(rows.get(i)));
        o.put("next", end < rows.size() ? cursor(key.apply(rows.get(end - 1)), end) : null);
        o.put("total", rows.size());
        return o;
    }

    static String cursor(String lastKey, int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((position + ":" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    static <T> int start(List<T> rows, String cursor, Function<T, String> key) {
        if (cursor == null) return 0;
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor is not one this server gave");
        }
        int colon = raw.indexOf(':');
        int position;
        try {
            position = colon < 0 ? -1 : Integer.parseInt(raw.substring(0, colon));
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) throw ApiError.badRequest("cursor is not one this server gave");
        String last = raw.substring(colon + 1);
        if (position <= rows.size() && position > 0 && key.apply(rows.get(position - 1)).equals(last)) return position;
        for (int i = 0; i < rows.size(); i++) if (key.apply(rows.get(i)).equals(last)) return i + 1;   // the store changed meanwhile
        return Math.min(position, rows.size());
    }
}
