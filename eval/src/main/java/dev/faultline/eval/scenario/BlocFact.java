package dev.faultline.eval.scenario;

import java.util.List;

/**
 * Who stands together in a period, as the story tells it (an extension of the contract's format):
 * every {@code together} pattern names an actor of one bloc, every {@code apart} pattern an actor of
 * another bloc of the same period, in {@code year} when given.
 */
record BlocFact(String id, String what, Integer year, List<ActorPattern> together, List<ActorPattern> apart, boolean disputed,
                String why) {
    BlocFact {
        together = List.copyOf(together);
        apart = List.copyOf(apart);
    }
}
