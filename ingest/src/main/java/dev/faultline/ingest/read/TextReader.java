package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;

import java.util.List;

/**
 * Plain text as people save it from a page: the first non-empty line is the title, the rest the body.
 * A one-line file has no title; its line is the body.
 */
public final class TextReader implements ReportReader {
    @Override
    public ReadResult read(String path, String text, List<Problem> fileProblems) {
        Source source = new Source(path, Source.Format.TEXT, 0);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = text.indexOf('\n', start);
        if (end < 0 || text.substring(end).isBlank()) {
            return new ReadResult(List.of(new RawReport(source, null, text.strip(), null, null, null, fileProblems)), List.of());
        }
        String title = text.substring(start, end).strip();
        String body = text.substring(end + 1);
        return new ReadResult(List.of(new RawReport(source, title, body, null, null, null, fileProblems)), List.of());
    }
}
