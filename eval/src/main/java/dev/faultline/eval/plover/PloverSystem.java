package dev.faultline.eval.plover;

import java.util.List;

/** The system under test, seen from PLOVER: the events it codes from one record's text (and date). */
@FunctionalInterface
public interface PloverSystem {
    List<PloverEvent> events(PloverCase record);
}
