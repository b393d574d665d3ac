package dev.faultline.domain.relation;

import java.util.List;
import java.util.Objects;

/**
 * One period of a pair's series: how many events, their weighted cooperation (positive Goldstein
 * scores) and conflict (negative), and the balance (their sum), each event weighted by its
 * credibility and corroboration.
 */
public record DyadPoint(String period, int events, double cooperation, double conflict, double balance, List<String> evidence) {
    public DyadPoint {
        Objects.requireNonNull(period, "period");
        evidence = List.copyOf(evidence);
        if (events < 0) throw new IllegalArgumentException("negative event count");
        if (cooperation < 0 || conflict > 0) throw new IllegalArgumentException(period + ": cooperation is >= 0 and conflict <= 0");
    }
}
