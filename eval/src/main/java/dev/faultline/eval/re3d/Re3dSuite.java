package dev.faultline.eval.re3d;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.Score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores entities as {@code ../shared/eval/README.md} specifies: a gold span of a type is found when a
 * produced mention of that type overlaps it (recall); a produced mention is right when it overlaps a
 * gold span of its type (precision); F1 per type and micro over the scored types. Relations are
 * scored by {@link Re3dRelations}.
 */
public final class Re3dSuite {
    public static final List<String> TYPES = List.of("Person", "Organisation", "Location", "Nationality",
            "Temporal", "Quantity", "Weapon", "MilitaryPlatform");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Re3dSuite() {}

    public static EvalReport run(List<Re3dDocument> documents, Re3dSystem system) {
        Map<String, Score> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, Score.zero()));
        List<JsonNode> cases = new ArrayList<>();
        for (Re3dDocument doc : documents) {
            List<Re3dDocument.Entity> produced = system.entities(doc).stream().filter(e -> TYPES.contains(e.type())).toList();
            ObjectNode c = F.objectNode().put("document", doc.id()).put("source", doc.source());
            var expected = c.putArray("expected");
            var producedAll = c.putArray("produced");
            var missed = c.putArray("missed");
            var spurious = c.putArray("spurious");
            for (String type : TYPES) {
                List<Re3dDocument.Entity> gold = doc.entities().stream().filter(e -> e.type().equals(type)).toList();
                List<Re3dDocument.Entity> mine = produced.stream().filter(e -> e.type().equals(type)).toList();
                gold.forEach(g -> expected.add(type + ": " + g.value()));
                mine.forEach(m -> producedAll.add(type + ": " + safe(doc.text(), m.begin(), m.end())));
                int found = 0;
                for (Re3dDocument.Entity g : gold) {
                    if (mine.stream().anyMatch(m -> g.overlaps(m.begin(), m.end()))) found++;
                    else missed.add(type + ": " + g.value());
                }
                int right = 0;
                for (Re3dDocument.Entity m : mine) {
                    if (gold.stream().anyMatch(g -> g.overlaps(m.begin(), m.end()))) right++;
                    else spurious.add(type + ": " + safe(doc.text(), m.begin(), m.end()));
                }
                byType.merge(type, new Score(right, mine.size(), found, gold.size()), Score::plus);
            }
            cases.add(c);
        }
        Map<String, Score> relations = Re3dRelations.score(documents, system, cases);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Score micro = byType.values().stream().reduce(Score.zero(), Score::plus);
        metrics.put("entities_f1", micro.f1());
        byType.forEach((t, s) -> metrics.put("entities_f1." + t, s.f1()));
        byType.forEach((t, s) -> metrics.put("entities_precision." + t, s.precision()));
        byType.forEach((t, s) -> metrics.put("entities_recall." + t, s.recall()));
        metrics.put("relations_f1", relations.values().stream().reduce(Score.zero(), Score::plus).f1());
        relations.forEach((t, s) -> metrics.put("relations_f1." + t, s.f1()));
        relations.forEach((t, s) -> metrics.put("relations_precision." + t, s.precision()));
        relations.forEach((t, s) -> metrics.put("relations_recall." + t, s.recall()));
        return new EvalReport("re3d", metrics, documents.size(), cases);
    }

    private static String safe(String text, int b, int e) {
        return b >= 0 && e <= text.length() && b <= e ? text.substring(b, e) : "[" + b + "," + e + ")";
    }
}
