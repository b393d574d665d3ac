package dev.faultline.actors.kb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.Period;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping being read, with where it is ({@code file}, a label like {@code entry 'iran'}) so
 * that every problem it reports says where to look. Readers report and return empty rather than throw,
 * so one load lists all problems.
 */
final class Entry {
    final String file;
    final String label;
    final JsonNode node;
    private final Problems problems;

    Entry(String file, String label, JsonNode node, Problems problems) {
        this.file = file;
        this.label = label;
        this.node = node;
        this.problems = problems;
    }

    void problem(String message) {
        problems.add(file, label, message);
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** A required scalar; reports its absence. */
    Optional<String> text(String key) {
        Optional<String> v = optText(key);
        if (v.isEmpty()) problem("missing '" + key + "'");
        return v;
    }

    Optional<String> optText(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.isValueNode()) {
            problem("'" + key + "' must be a single value");
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    boolean flag(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return false;
        if (v.isBoolean()) return v.booleanValue();
        problem("'" + key + "' must be true or false, not '" + v.asText() + "'");
        return false;
    }

    int integer(String key, int otherwise) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return otherwise;
        if (v.isInt()) return v.intValue();
        problem("'" + key + "' must be a whole number, not '" + v.asText() + "'");
        return otherwise;
    }

    /** A list of items (a single item counts as a one-item list). */
    List<JsonNode> list(String key) {
        JsonNode v = node.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isArray()) v.forEach(out::add);
        else out.add(v);
        return out;
    }

    /** A list of plain strings. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(key)) {
            if (n.isValueNode() && !n.asText().isBlank()) out.add(n.asText().strip());
            else problem("'" + key + "' must hold plain text, not " + n);
        }
        return out;
    }

    /** A date written exactly as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} ("2019-4" is refused). */
    Optional<PartialDate> date(String key) {
        Optional<String> t = optText(key);
        if (t.isEmpty()) return Optional.empty();
        Optional<PartialDate> d = PartialDate.parse(t.get());
        if (d.isEmpty() || !d.get().value().equals(t.get())) {
            problem("'" + key + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + t.get() + "'");
            return Optional.empty();
        }
        return d;
    }

    /**
     * The period {@code from}–{@code to}; reports one that ends before it starts. Empty when a date is
     * malformed, so that a bad date is never read as an open end (which would invent overlaps).
     */
    Optional<Period> period() {
        Optional<PartialDate> f = date("from");
        Optional<PartialDate> t = date("to");
        if (f.isEmpty() && optText("from").isPresent() || t.isEmpty() && optText("to").isPresent()) return Optional.empty();
        PartialDate from = f.orElse(null);
        PartialDate to = t.orElse(null);
        try {
            return Optional.of(new Period(from, to));
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return Optional.empty();
        }
    }

    /** Reports keys this entry does not know, which are nearly always typos ("aliasses"). */
    void onlyKeys(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) problem("unknown key '" + k + "'");
        }
    }

    Entry child(String childLabel, JsonNode child) {
        return new Entry(file, label + ", " + childLabel, child, problems);
    }
}
