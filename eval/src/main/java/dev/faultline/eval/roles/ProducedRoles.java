package dev.faultline.eval.roles;

import java.util.List;

/**
 * What a system found in one sentence: the token spans of its events' source mentions and of their
 * target mentions (a mention that is both may be in both lists; a span listed twice counts once).
 */
public record ProducedRoles(List<TokenSpan> sources, List<TokenSpan> targets) {
    public ProducedRoles {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    public static ProducedRoles none() {
        return new ProducedRoles(List.of(), List.of());
    }
}
