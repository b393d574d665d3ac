package dev.faultline.eval.plover;

import dev.faultline.domain.event.PloverType;

import java.util.List;
import java.util.Objects;

/**
 * One PLOVER gold record: its id, date ({@code YYYY-MM-DD} as written; many are the placeholder
 * 2000-01-01), text, gold type (retired labels already mapped: {@code label} keeps the one written),
 * and its gold source and target actors (empty when the record gives none, written there as
 * {@code ""} or null).
 */
public record PloverCase(String id, String date, String text, PloverType type, String label,
                         List<GoldActor> sources, List<GoldActor> targets) {
    public PloverCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
