package dev.faultline.eval.re3d;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.Score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores relations as {@code ../shared/eval/README.md} specifies, for FightingAgainst and AlliesOf
 * (undirected), InChargeOf and BelongsTo (source to target): a gold relation is found when a produced
 * relation of its type names its source where the gold source span is and its target where the gold
 * target span is (anywhere the document names either actor, so "actors whose known names include both
 * texts" count); a produced relation is right when it finds some gold relation of its type.
 */
public final class Re3dRelations {
    public static final List<String> TYPES = List.of("FightingAgainst", "AlliesOf", "InChargeOf", "BelongsTo");
    private static final Set<String> UNDIRECTED = Set.of("FightingAgainst", "AlliesOf");

    private Re3dRelations() {
    }

    /** Per-type scores over the documents; each case (by document, in order) gains the relations expected, produced and missed. */
    static Map<String, Score> score(List<Re3dDocument> documents, Re3dSystem system, List<JsonNode> cases) {
        Map<String, Score> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, Score.zero()));
        for (int i = 0; i < documents.size(); i++) {
            Re3dDocument doc = documents.get(i);
            List<Re3dDocument.ProducedRelation> mine = system.relations(doc).stream().filter(r -> TYPES.contains(r.type())).toList();
            ObjectNode c = (ObjectNode) cases.get(i);
            ArrayNode expected = c.putArray("relations_expected"), produced = c.putArray("relations_produced"), missed = c.putArray("relations_missed");
            for (String type : TYPES) {
                List<Re3dDocument.Relation> gold = doc.relations().stream().filter(r -> r.type().equals(type)).toList();
                List<Re3dDocument.ProducedRelation> ours = mine.stream().filter(r -> r.type().equals(type)).toList();
                int found = 0, right = 0;
                for (Re3dDocument.Relation g : gold) {
                    expected.add(type + ": " + g.source() + " → " + g.target());
                    if (ours.stream().anyMatch(r -> finds(r, g))) found++;
                    else missed.add(type + ": " + g.source() + " → " + g.target());
                }
                for (Re3dDocument.ProducedRelation r : ours) {
                    produced.add(type + ": " + r.label());
                    if (gold.stream().anyMatch(g -> finds(r, g))) right++;
                }
                byType.merge(type, new Score(right, ours.size(), found, gold.size()), Score::plus);
            }
        }
        return byType;
    }

    static boolean finds(Re3dDocument.ProducedRelation r, Re3dDocument.Relation g) {
        boolean forward = touches(r.source(), g.sourceBegin(), g.sourceEnd()) && touches(r.target(), g.targetBegin(), g.targetEnd());
        boolean backward = UNDIRECTED.contains(r.type())
                && touches(r.target(), g.sourceBegin(), g.sourceEnd()) && touches(r.source(), g.targetBegin(), g.targetEnd());
        return forward || backward;
    }

    private static boolean touches(List<int[]> spans, int begin, int end) {
        for (int[] s : spans) if (s[0] < end && begin < s[1]) return true;
        return false;
    }
}
