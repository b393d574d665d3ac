package dev.faultline.eval.acled;

import java.util.List;

/** The system under test, seen from ACLED: the events it codes from one row's notes. */
@FunctionalInterface
public interface AcledSystem {
    List<ProducedEvent> events(AcledRow row);
}
