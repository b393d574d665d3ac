package dev.faultline.pipeline;

/**
 * One step of analysis: a pure function from one immutable value to the next. Implementations must
 * be safe to call from many threads at once (heavy models are loaded once and shared read-only).
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input);

    /** A short name for messages, benchmarks and {@code --help}. */
    default String name() {
        return getClass().getSimpleName();
    }
}
