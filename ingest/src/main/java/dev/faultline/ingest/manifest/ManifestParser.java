package dev.faultline.ingest.manifest;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.ingest.input.IoFailures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a manifest CSV (see the contract: a header naming any of {@code file, url, outlet,
 * published, title}; {@code file} is required). Rows are numbered as a spreadsheet shows them, the
 * header being row 1. A row without a file, with a date that is not {@code YYYY[-MM[-DD]]}, or with
 * another number of columns than the header, is one problem and is left out; the rest still apply.
 */
public final class ManifestParser {
    private static final int MAX_SHOWN = 120;
    private static final Pattern CSV_LINE = Pattern.compile("\\(line (\\d+)\\)");
    private static final Set<String> COLUMNS = Set.of("file", "url", "outlet", "published", "title");

    public ManifestResult parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return unusable(file.toString(), "manifest not found");
        } catch (IOException | OutOfMemoryError e) {
            return unusable(file.toString(), "cannot read the manifest: " + IoFailures.plain(e), e);
        }
        return parse(file, bytes);
    }

    /** Parses a manifest's bytes; {@code file} is where they came from (rows' paths are relative to its folder). */
    public ManifestResult parse(Path file, byte[] bytes) {
        String where = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unusable(where, "manifest is not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new java.io.StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return unusable(where, "not readable as CSV" + csvLine(e) + csvWhy(e), e);
        }
        if (records.isEmpty()) return unusable(where, "manifest is empty; it needs a header naming file and any of url, outlet, published, title");
        CSVRecord header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) columns.putIfAbsent(name, i);
        }
        if (!columns.containsKey("file")) {
            return unusable(where, "manifest has no usable header: the first row must name a 'file' column and any of url, outlet, published, title (found: '"
                    + shown(String.join(", ", header.toList())) + "')");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            int row = r + 1;
            String rowWhere = where + " row " + row;
            if (record.size() != header.size()) {
                problems.add(Problem.skipped(rowWhere, "row has " + record.size() + " columns, the header " + header.size() + "; row ignored"));
                continue;
            }
            String fileName = value(record, columns, "file");
            if (fileName == null) {
                problems.add(Problem.skipped(rowWhere, "row names no file; row ignored"));
                continue;
            }
            String published = value(record, columns, "published");
            if (published != null && (!published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") || PartialDate.parse(published).isEmpty())) {
                problems.add(Problem.skipped(rowWhere, "published '" + shown(published) + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); row ignored"));
                continue;
            }
            entries.add(new ManifestEntry(row, fileName, value(record, columns, "url"), value(record, columns, "outlet"),
                    published, value(record, columns, "title")));
        }
        if (records.size() == 1) problems.add(Problem.warning(where, "manifest has a header but no rows: it says nothing about any file"));
        return new ManifestResult(new Manifest(file, entries), problems);
    }

    private static ManifestResult unusable(String where, String message) {
        return new ManifestResult(Manifest.empty(), List.of(Problem.skipped(where, message)));
    }

    private static ManifestResult unusable(String where, String message, Throwable cause) {
        return new ManifestResult(Manifest.empty(), List.of(Problem.skipped(where, message, cause)));
    }

    /** A user's text quoted in a message: on one line, and short. */
    private static String shown(String text) {
        String one = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN) + "…";
    }

    private static String csvWhy(Throwable e) {
        String all = Problem.describe(e);
        if (all.contains("EOF reached before encapsulated token finished")) return ": a quoted field is never closed";
        if (all.contains("invalid char between encapsulated token and delimiter")) return ": text after a closing quote";
        return "";
    }

    /** The line commons-csv names in its message ("(line 3)"), for a person to look at; empty when it names none. */
    private static String csvLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = CSV_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) return " (at line " + m.group(1) + ")";
        }
        return "";
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) return null;
        String v = record.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
