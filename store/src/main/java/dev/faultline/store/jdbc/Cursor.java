package dev.faultline.store.jdbc;

import dev.faultline.store.StoreException;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page position ({@link dev.faultline.store.Page#next()}): the sort key of a listing's last item, its parts joined
 * by a bar. Its parts are dates, numbers and hex ids, which hold no bar; an empty part stands for null.
 */
final class Cursor {
    private static final String BAR = "|";

    private Cursor() {
    }

    static String of(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append(BAR);
            if (parts[i] != null) b.append(parts[i]);
        }
        return b.toString();
    }

    /** The cursor's {@code n} parts, an empty part as null; a cursor of another shape is refused. */
    static List<String> parts(String cursor, int n, String listing) {
        String[] parts = cursor.split(Pattern.quote(BAR), -1);
        if (parts.length != n) throw new StoreException("'" + cursor + "' is not a position in the " + listing + " this store gave");
        return Arrays.stream(parts).map(p -> p.isEmpty() ? null : p).toList();
    }

    static int number(String part, String cursor, String listing) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new StoreException("'" + cursor + "' is not a position in the " + listing + " this store gave", e);
        }
    }
}
