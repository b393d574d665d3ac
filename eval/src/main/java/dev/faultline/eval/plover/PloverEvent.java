package dev.faultline.eval.plover;

import dev.faultline.domain.event.PloverType;

import java.util.List;
import java.util.Objects;

/** One event the system produced for a record's text: its PLOVER type and its source and target actors. */
public record PloverEvent(PloverType type, List<PloverActor> sources, List<PloverActor> targets) {
    public PloverEvent {
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
