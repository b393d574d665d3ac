package dev.faultline.eval.petrarch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs and scores a PETRARCH validation file. Only {@link PetrarchRecord#scored() scored} records are
 * given to the system; {@code n} counts them. Per record, expected and produced codings are compared
 * as sets of exact (source, target, CAMEO code) triples (a duplicate produced coding counts once):
 * <ul>
 *   <li>{@code events_recall}: expected triples produced / expected triples;</li>
 *   <li>{@code events_precision}: produced triples expected / produced triples, over all scored
 *   records, so a coding produced for a no-event sentence is a false positive;</li>
 *   <li>{@code noevent_correct}: no-event records ({@link PetrarchRecord#noEvent()}) for which the system
 *   produced nothing / no-event records.</li>
 * </ul>
 * Each is NaN (n/a) when its denominator is zero.
 */
public final class PetrarchSuite {
    /** Suite names for the report: the unit-test records and the PETRARCH-2 validation records. */
    public static final String UNIT_TESTS = "petrarch", GSR = "petrarch-gsr";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PetrarchSuite() {}

    public static List<PetrarchRecord> read(Path file) throws IOException {
        return PetrarchRecordsFile.read(file);
    }

    public static EvalReport run(String suite, List<PetrarchRecord> records, PetrarchSystem system) {
        int expectedN = 0, expectedFound = 0, producedN = 0, producedRight = 0, noEventN = 0, noEventRight = 0, n = 0;
        List<JsonNode> cases = new ArrayList<>();
        for (PetrarchRecord r : records) {
            if (!r.scored()) continue;
            n++;
            Set<PetrarchCoding> expected = new LinkedHashSet<>(r.expected());
            Set<PetrarchCoding> produced = new LinkedHashSet<>(system.code(r));
            long found = expected.stream().filter(produced::contains).count();
            expectedN += expected.size();
            expectedFound += (int) found;
            producedN += produced.size();
            producedRight += (int) produced.stream().filter(expected::contains).count();
            ObjectNode c = F.objectNode().put("id", r.id()).put("category", r.category()).put("text", r.text());
            if (r.noEvent()) {
                noEventN++;
                if (produced.isEmpty()) noEventRight++;
                c.put("no_event", true);
                if (!r.error().isEmpty()) c.put("error", r.error());
            }
            ArrayNode ex = c.putArray("expected"), pr = c.putArray("produced");
            expected.forEach(e -> ex.add(e.toString()));
            produced.forEach(p -> pr.add(p.toString()));
            c.put("ok", expected.equals(produced));
            cases.add(c);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("events_recall", rate(expectedFound, expectedN));
        m.put("events_precision", rate(producedRight, producedN));
        m.put("noevent_correct", rate(noEventRight, noEventN));
        return new EvalReport(suite, m, n, cases);
    }

    private static double rate(int hits, int n) {
        return n == 0 ? Double.NaN : (double) hits / n;
    }
}
