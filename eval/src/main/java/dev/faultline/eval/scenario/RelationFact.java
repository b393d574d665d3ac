package dev.faultline.eval.scenario;

import java.util.Set;

/** A standing relation the reports state or show: {@code a} and {@code b} (either order), one of {@code types} (any when empty). */
record RelationFact(String id, String what, ActorPattern a, ActorPattern b, Set<String> types, boolean disputed, String why) {
    RelationFact {
        types = Set.copyOf(types);
    }
}
