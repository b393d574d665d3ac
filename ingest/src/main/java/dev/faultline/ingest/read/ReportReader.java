package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;

import java.util.List;

/**
 * Reads one decoded file. {@code path} is the file as the user named it (it goes into
 * {@link dev.faultline.domain.Source}); {@code fileProblems} are notes about the whole file (a repaired
 * encoding, say) that every report read from it carries. Implementations are stateless.
 */
public interface ReportReader {
    ReadResult read(String path, String text, List<Problem> fileProblems);
}
