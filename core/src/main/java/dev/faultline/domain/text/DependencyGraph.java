package dev.faultline.domain.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence's dependency parse: its edges, ordered by dependent then governor. A token may have
 * more than one governor in the enhanced++ form (e.g. a shared subject of two conjoined verbs).
 */
public record DependencyGraph(List<Dependency> edges) {
    public DependencyGraph {
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
    }

    /** The token indices governed by no one but the root. */
    public List<Integer> roots() {
        return edges.stream().filter(Dependency::isRoot).map(Dependency::dependent).toList();
    }

    /** Edges whose governor is {@code token}. */
    public List<Dependency> dependentsOf(int token) {
        return edges.stream().filter(e -> e.governor() == token).toList();
    }

    /** Edges whose dependent is {@code token}. */
    public List<Dependency> governorsOf(int token) {
        return edges.stream().filter(e -> e.dependent() == token).toList();
    }

    /** Dependents of {@code token} by exactly this relation (e.g. "nsubj"). */
    public List<Integer> dependentsOf(int token, String relation) {
        return edges.stream().filter(e -> e.governor() == token && e.relation().equals(relation))
                .map(Dependency::dependent).toList();
    }
}
