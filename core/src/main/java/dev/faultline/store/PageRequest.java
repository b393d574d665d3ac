package dev.faultline.store;

/**
 * Which page of a listing to read: at most {@code size} items after the position {@code after} (the {@link Page#next()}
 * of the page before), or from the start when {@code after} is null. The position is the adapter's own (a key of the
 * listing's order, not an offset), so paging through a store that is written meanwhile neither repeats nor skips an item
 * that was there throughout.
 */
public record PageRequest(int size, String after) {
    /** The most items one page may hold: a front pages through more. */
    public static final int MAX_SIZE = 10_000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " items, not " + size);
        if (after != null && after.isBlank()) after = null;
    }

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }
}
