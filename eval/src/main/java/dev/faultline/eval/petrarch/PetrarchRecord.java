package dev.faultline.eval.petrarch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validation record: id, category, date as written (normally {@code YYYYMMDD}), the sentence text
 * (whitespace collapsed, entities decoded), the parse the file supplies (a Penn tree or CoNLL-U lines;
 * empty when none), the expected codings, whether it carries the no-event marker, the coder options
 * ({@code <Config>}) in force when it was read, the error the coder is expected to report
 * ({@code dateline}, {@code storydiscard}, {@code sentencediscard}, {@code bad_input_parse}; empty when
 * none), and whether it is scored at all.
 *
 * <p>{@code noEvent} holds for a record that must yield no event: it has the no-event marker, an
 * expected error, or no coding at all (PETRARCH's validator then expects nothing, as in a record that
 * tests that a pattern is cancelled).
 *
 * <p>{@code scored} is false for records a system coding the text cannot be held to: those marked
 * {@code sentence="false"} or {@code evaluate="false"} (features "currently not implemented"), those
 * whose category is not in the file's {@code <Include>} list (so PETRARCH does not run them either),
 * and those expecting {@code bad_input_parse}, which test the coder's reaction to a broken parse
 * supplied in the file, not the sentence.
 */
public record PetrarchRecord(String id, String category, String date, String text, String parse,
                             List<PetrarchCoding> expected, boolean noEvent, String error, Map<String, String> config,
                             boolean scored) {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    public PetrarchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        category = category == null ? "" : category;
        date = date == null ? "" : date.strip();
        parse = parse == null ? "" : parse;
        error = error == null ? "" : error.strip();
        if (noEvent && !expected.isEmpty()) throw new IllegalArgumentException(id + " expects codings and no event at once");
        expected = List.copyOf(expected);
        config = Map.copyOf(config);
    }

    /** The record's date when it is a valid {@code YYYYMMDD}; empty otherwise (one GSR record has {@code 121108}). */
    public Optional<LocalDate> day() {
        if (date.length() != 8) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(date, BASIC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
