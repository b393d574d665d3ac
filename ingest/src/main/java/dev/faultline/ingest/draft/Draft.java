package dev.faultline.ingest.draft;

import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report part-way through ingest. {@code lines} are the body lines still kept, in order, with
 * their offsets into {@code raw.body()}; {@code dropped} are the spans of the raw body removed so
 * far, with why. Immutable: every stage returns a new draft.
 */
public record Draft(RawReport raw, String title, List<BodyLine> lines, List<Span> dropped,
                    PublishedDate published, String language, List<Problem> problems) {
    public Draft {
        Objects.requireNonNull(raw, "raw");
        lines = List.copyOf(lines);
        dropped = List.copyOf(dropped);
        problems = List.copyOf(problems);
    }

    public static Draft of(RawReport raw, List<BodyLine> lines, List<Span> dropped) {
        return new Draft(raw, raw.title(), lines, dropped, null, null, raw.problems());
    }

    /** Where problems about this report point: its file, with the item number for many-report files. */
    public String where() {
        return raw.source().display();
    }

    /**
     * The cleaned text: kept lines, a line break between lines that were adjacent in the raw body
     * and a blank line where the raw body had one (or where something between them was dropped).
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        String body = raw.body();
        BodyLine previous = null;
        for (BodyLine line : lines) {
            if (previous != null) {
                String gap = body.substring(previous.end(), line.start());
                boolean sameParagraph = gap.indexOf('\n') == gap.lastIndexOf('\n') && gap.isBlank();
                sb.append(sameParagraph ? "\n" : "\n\n");
            }
            sb.append(line.text());
            previous = line;
        }
        return sb.toString();
    }

    public Draft withLines(List<BodyLine> newLines, List<Span> moreDropped) {
        List<Span> all = new ArrayList<>(dropped);
        all.addAll(moreDropped);
        all.sort(java.util.Comparator.comparingInt(Span::start));
        return new Draft(raw, title, newLines, all, published, language, problems);
    }

    public Draft withTitle(String newTitle) {
        return new Draft(raw, newTitle, lines, dropped, published, language, problems);
    }

    public Draft withPublished(PublishedDate date) {
        return new Draft(raw, title, lines, dropped, date, language, problems);
    }

    public Draft withLanguage(String code) {
        return new Draft(raw, title, lines, dropped, published, code, problems);
    }

    public Draft withProblem(Problem problem) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(problem);
        return new Draft(raw, title, lines, dropped, published, language, all);
    }
}
