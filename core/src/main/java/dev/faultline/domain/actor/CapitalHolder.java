package dev.faultline.domain.actor;

import java.util.Objects;

/**
 * Who holds a state's capital during {@code period}, when it is not the state's own government:
 * "Sanaa" has been the Houthis' since September 2014, so a report that has "Sanaa said" speaks for
 * them. A null {@code holder} is a capital fought over, which then stands for no one.
 */
public record CapitalHolder(String holder, Period period) {
    public CapitalHolder {
        Objects.requireNonNull(period, "period");
        if (holder != null && !Actor.ID.matcher(holder).matches()) throw new IllegalArgumentException("bad holder id '" + holder + "'");
    }
}
