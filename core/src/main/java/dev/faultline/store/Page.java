package dev.faultline.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a listing, in the listing's order, and where the next one starts ({@code next}, null after the last
 * page). A page never holds more than its request asked for; it may hold fewer and still have a next one.
 */
public record Page<T>(List<T> items, String next) {
    /** The page size {@link #stream} reads with: large enough that a page's query costs little, small enough to hold. */
    public static final int STREAM_SIZE = 1_000;

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }

    /** The request for the next page, of {@code size} items. */
    public PageRequest nextRequest(int size) {
        if (next == null) throw new NoSuchElementException("this is the last page");
        return new PageRequest(size, next);
    }

    /**
     * Every item of a listing, read a page at a time as the stream is consumed: only one page is held at once, and
     * nothing is held between pages, so the stream needs no closing.
     */
    public static <T> Stream<T> stream(Function<PageRequest, Page<T>> listing) {
        Objects.requireNonNull(listing, "listing");
        Iterator<T> items = new Iterator<>() {
            private Page<T> page = listing.apply(PageRequest.first(STREAM_SIZE));
            private int at;

            @Override
            public boolean hasNext() {
                while (at == page.items().size() && page.hasNext()) {
                    page = listing.apply(page.nextRequest(STREAM_SIZE));
                    at = 0;
                }
                return at < page.items().size();
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return page.items().get(at++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
