package dev.faultline.domain.relation;

import java.util.List;
import java.util.Objects;

/**
 * Who clusters with whom in one period: groups of actor ids that the signed graph of relations puts
 * together (cooperation within, conflict between), largest first.
 */
public record Bloc(String period, List<List<String>> groups) {
    public Bloc {
        Objects.requireNonNull(period, "period");
        groups = groups.stream().map(List::copyOf).toList();
    }
}
