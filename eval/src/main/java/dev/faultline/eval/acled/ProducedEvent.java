package dev.faultline.eval.acled;

import java.util.Set;

/**
 * What the suite needs of one event the system produced: its PLOVER type, the countries (ISO alpha-3)
 * of its source and target actors, its location (name and coordinates, null when none), its date value and precision, and
 * the number killed (null when not reported).
 */
public record ProducedEvent(String type, Set<String> countries, String place, Double latitude, Double longitude,
                            String date, String datePrecision, Integer killed) {
    public ProducedEvent {
        countries = Set.copyOf(countries);
    }
}
