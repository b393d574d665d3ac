package dev.faultline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered, typed chain of stages. {@code Pipeline.of(a).then(b)} compiles only when b accepts what
 * a produces. Immutable: {@code then} returns a new pipeline.
 */
public final class Pipeline<I, O> implements Stage<I, O> {
    private final List<Stage<Object, Object>> stages;

    private Pipeline(List<Stage<Object, Object>> stages) {
        this.stages = List.copyOf(stages);
    }

    @SuppressWarnings("unchecked")
    public static <I, O> Pipeline<I, O> of(Stage<? super I, ? extends O> first) {
        Objects.requireNonNull(first, "first");
        return new Pipeline<>(List.of((Stage<Object, Object>) (Stage<?, ?>) first));
    }

    @SuppressWarnings("unchecked")
    public <R> Pipeline<I, R> then(Stage<? super O, ? extends R> next) {
        Objects.requireNonNull(next, "next");
        List<Stage<Object, Object>> all = new ArrayList<>(stages);
        all.add((Stage<Object, Object>) (Stage<?, ?>) next);
        return new Pipeline<>(all);
    }

    @Override
    @SuppressWarnings("unchecked")
    public O apply(I input) {
        Object value = input;
        for (Stage<Object, Object> s : stages) {
            value = s.apply(value);
        }
        return (O) value;
    }

    /** The stages' names in order, e.g. {@code [clean, identify, date, language]}. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    @Override
    public String name() {
        return String.join(" > ", stageNames());
    }
}
