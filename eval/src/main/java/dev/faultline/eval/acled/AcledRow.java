package dev.faultline.eval.acled;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The fields of an ACLED row that the suite uses. */
public record AcledRow(String id, String eventDate, int timePrecision, String subEventType, String actor1, String actor2,
                       String region, String country, String location, double latitude, double longitude, int geoPrecision,
                       String source, String notes, int fatalities, long timestamp) {

    /** The publication date given to the system: the day ACLED coded the row (after the event). */
    public LocalDate published() {
        return Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
