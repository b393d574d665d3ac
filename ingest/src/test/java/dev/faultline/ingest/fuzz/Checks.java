package dev.faultline.ingest.fuzz;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.read.ReadResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every reader owes any input: a report or a named problem, and problems a person can read. */
public final class Checks {
    private Checks() {
    }

    /** The input gave at least one report or one problem, and each is well formed. */
    public static void reportOrProblem(ReadResult r) {
        assertThat(r.reports().size() + r.problems().size()).as("an input gives a report or a named problem").isPositive();
        for (RawReport report : r.reports()) assertThat(report.body()).as("a report has text").isNotBlank();
        wellFormed(r.problems());
    }

    /**
     * Each problem names where, and says what in one line of a reader's words (no exception, no
     * library internals). Text quoted from the input ('…', which may hold anything) is not the
     * message's own words, and is left out of the check for internals.
     */
    public static void wellFormed(List<Problem> problems) {
        for (Problem p : problems) {
            assertThat(p.where()).isNotBlank();
            assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
            String own = p.message().replaceAll("'.*'", "''");
            assertThat(own).as(p.message()).doesNotContain("Exception").doesNotContain("java.").doesNotContainPattern("\\w\\(\\)");
        }
    }
}
