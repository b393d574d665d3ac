package dev.faultline.eval.scenario;

import java.util.List;
import java.util.Set;

/**
 * Something a careful reader says happened: who ({@code a}, {@code b}; either may be null), of which
 * PLOVER {@code types} or CAMEO code prefixes ({@code cameo}), in which {@code year}, within {@code km}
 * of one of {@code near}, told with one of {@code modality}. Empty sets and a null year mean "not
 * checked". A {@code disputed} fact is listed, with {@code why}, but not scored.
 */
record EventFact(String id, String what, ActorPattern a, ActorPattern b, Set<String> types, List<String> cameo, Integer year,
                 boolean directed, List<LatLon> near, double km, Set<String> modality, boolean disputed, String why) {
    static final double DEFAULT_KM = 50;

    EventFact {
        types = Set.copyOf(types);
        cameo = List.copyOf(cameo);
        near = List.copyOf(near);
        modality = Set.copyOf(modality);
    }

    record LatLon(double lat, double lon) {}
}
