package dev.faultline.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Waiting for a model or knowledge loaded on another thread (models load side by side at start-up). A loader's
 * unchecked exception or error is rethrown as it is, so its message stays the one the loader wrote; a checked cause
 * or an interruption becomes the caller's own exception, made by {@code failure} from a message and the cause.
 */
public final class Loading {
    private Loading() {
    }

    public static <T> T await(Future<T> loading, String what, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw failure.apply("loading " + what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure.apply("interrupted while loading " + what, e);
        }
    }
}
