package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;

import java.util.List;

/** What one file yielded: its reports, and the problems with the file or with reports in it that were skipped. */
public record ReadResult(List<RawReport> reports, List<Problem> problems) {
    public ReadResult {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }

    public static ReadResult skipped(String where, String message) {
        return new ReadResult(List.of(), List.of(Problem.skipped(where, message)));
    }
}
