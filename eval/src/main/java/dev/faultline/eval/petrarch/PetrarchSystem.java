package dev.faultline.eval.petrarch;

import java.util.List;

/**
 * The system under test, seen from PETRARCH: the codings it produces for one record's sentence. The
 * record gives the date (for date-restricted actor codes) and the coder options in force; the system
 * codes with the suite's dictionaries loaded through the product's TABARI importer.
 */
@FunctionalInterface
public interface PetrarchSystem {
    List<PetrarchCoding> code(PetrarchRecord record);
}
