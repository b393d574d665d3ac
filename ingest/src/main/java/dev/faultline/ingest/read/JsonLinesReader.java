package dev.faultline.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines, one report per line: text from {@code text}, {@code body} or {@code content}; metadata
 * from {@code title}, {@code url}, {@code outlet} or {@code source}, {@code published} or {@code date}.
 * A line that is not a JSON object, or has no text, is skipped with a problem naming its line number;
 * the other lines are read. Blank lines are ignored. {@link Source#item()} is the line number.
 */
public final class JsonLinesReader implements ReportReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ReadResult read(String path, String text, List<Problem> fileProblems) {
        List<RawReport> reports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            Source source = new Source(path, Source.Format.JSONL, i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(Problem.skipped(source.display(), "line " + (i + 1) + " is not JSON" + why(e), e));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.add(Problem.skipped(source.display(), "line " + (i + 1) + " is not a JSON object"));
                continue;
            }
            String body = field(node, "text", "body", "content");
            if (body == null) {
                problems.add(Problem.skipped(source.display(), "line " + (i + 1) + " has no text, body or content field"));
                continue;
            }
            reports.add(new RawReport(source, field(node, "title"), body, field(node, "url", "link"),
                    field(node, "outlet", "source"), field(node, "published", "date"), fileProblems));
        }
        return new ReadResult(reports, problems);
    }

    /** Where and how a line breaks, in a reader's words; Jackson's own message stays in the problem's detail. */
    private static String why(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) return ": it is nested or sized beyond what a report can be";
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what = m.startsWith("Unexpected end-of-input") ? "it ends before the JSON does"
                : m.startsWith("Unexpected character") || m.startsWith("Unrecognized token") ? "unexpected text"
                : m.contains("Illegal unquoted character") || m.contains("control character") ? "a control character inside a string"
                : "malformed";
        JsonLocation at = e.getLocation();
        return ": " + what + (at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "");
    }

    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull() || v.isContainerNode()) continue;
            String s = v.asText();
            if (!s.isBlank()) return s;
        }
        return null;
    }
}
