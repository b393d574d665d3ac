package dev.faultline.actors.resolver;

import java.util.Set;

/**
 * The closed-class words of coreference for actors that are not people: "it", "they", "them" and
 * the owner pronouns. Grammar, not knowledge, so it stays code.
 */
final class Pronouns {
    private Pronouns() {
    }

    /** Pronouns that may stand for an organisation, a state or a group. */
    static final Set<String> NON_PERSON = Set.of("it", "they", "them");

    /** Pronouns that own what follows: "its ally", "their fighters", "his deputy". */
    static final Set<String> OWNERS = Set.of("its", "their", "his", "her");

    /**
     * Verbs after which a subject "it" is a dummy or a thing, not an actor: "it is clear", "it seems",
     * "it took three days", "it means".
     */
    static final Set<String> DUMMY_VERBS = Set.of("is", "was", "s", "were", "seems", "seemed", "appears", "appeared", "remains",
            "remained", "becomes", "became", "takes", "took", "looks", "looked", "means", "meant", "matters", "happened",
            "happens", "comes", "came", "goes", "went", "costs", "cost");
}
