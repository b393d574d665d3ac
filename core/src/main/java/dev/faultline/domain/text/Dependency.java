package dev.faultline.domain.text;

import java.util.Objects;

/**
 * One labelled edge of a dependency parse, between token indices of one sentence. The root edge
 * has {@code governor == -1} and relation {@code root}.
 *
 * @param relation a Universal Dependencies relation, enhanced++ form (e.g. {@code nsubj},
 *                 {@code obj}, {@code obl:to}, {@code nmod:from})
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < ROOT || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + relation + "(" + governor + ", " + dependent + ")");
        }
    }

    public boolean isRoot() {
        return governor == ROOT;
    }
}
