package dev.faultline.eval.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores a scenario as eval/README.md specifies: {@code facts}, {@code relations}, {@code ruptures}
 * (the share of each list matched by some produced row; disputed entries are listed, not scored),
 * {@code dyadic} (the share of produced events with both a source and a target) and, this project's
 * extension, {@code blocs} (the share of bloc entries some period's blocs bear out). A metric with
 * nothing to score is n/a. Every entry becomes a case with {@code found}, {@code missed} or
 * {@code disputed} and the produced rows that matched it or came nearest, so a person can read why.
 */
public final class ScenarioSuite {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** How many matching or nearest rows a case lists. */
    static final int SHOWN = 3;

    private ScenarioSuite() {}

    public static EvalReport score(ScenarioFacts facts, ScenarioOutput out) {
        List<JsonNode> cases = new ArrayList<>();
        Map<String, EvalReport.Count> counts = new LinkedHashMap<>();
        Map<String, String> words = actorWords(out);
        counts.put("facts", tally(facts.facts(), EventFact::disputed, f -> eventCase(f, out, words), cases));
        counts.put("relations", tally(facts.relations(), RelationFact::disputed, r -> relationCase(r, out), cases));
        counts.put("ruptures", tally(facts.ruptures(), RuptureFact::disputed, r -> ruptureCase(r, out), cases));
        long dyadic = out.events().stream().filter(e -> e.path("source").size() > 0 && e.path("target").size() > 0).count();
        counts.put("dyadic", new EvalReport.Count((int) dyadic, out.events().size()));
        counts.put("blocs", tally(facts.blocs(), BlocFact::disputed, b -> blocCase(b, out, words), cases));
        Map<String, Double> metrics = new LinkedHashMap<>();
        int n = 0;
        for (var c : counts.entrySet()) {
            metrics.put(c.getKey(), c.getValue().of() == 0 ? Double.NaN : (double) c.getValue().found() / c.getValue().of());
            if (!c.getKey().equals("dyadic")) n += c.getValue().of();
        }
        return new EvalReport("scenario", metrics, n, cases, counts);
    }

    /** Scores each entry into a case; counts those found of those not disputed. */
    private static <T> EvalReport.Count tally(List<T> entries, Predicate<T> disputed,
                                             Function<T, ObjectNode> toCase, List<JsonNode> cases) {
        int found = 0, of = 0;
        for (T t : entries) {
            ObjectNode c = toCase.apply(t);
            if (disputed.test(t)) {
                c.put("unscored", c.get("status").asText()).put("status", "disputed");
            } else {
                of++;
                if (c.get("status").asText().equals("found")) found++;
            }
            cases.add(c);
        }
        return new EvalReport.Count(found, of);
    }

    private static ObjectNode entry(String kind, String id, String what, boolean found, String why) {
        ObjectNode c = F.objectNode().put("kind", kind).put("id", id).put("what", what).put("status", found ? "found" : "missed");
        if (why != null) c.put("why_disputed", why);
        return c;
    }

    static ObjectNode eventCase(EventFact f, ScenarioOutput out, Map<String, String> words) {
        List<JsonNode> matched = out.events().stream().filter(e -> EventCriteria.misses(f, e).isEmpty()).toList();
        ObjectNode c = entry("fact", f.id(), f.what(), !matched.isEmpty(), f.why());
        // Whether the system produced the fact's actors at all, anywhere: tells "never an actor" from "lost its role".
        if (f.a() != null) c.put("a_seen", words.values().stream().anyMatch(f.a()::matchesWords));
        if (f.b() != null) c.put("b_seen", words.values().stream().anyMatch(f.b()::matchesWords));
        ArrayNode rows = c.putArray(matched.isEmpty() ? "nearest" : "matched");
        if (!matched.isEmpty()) {
            matched.stream().limit(SHOWN).forEach(e -> rows.add(Rows.event(e)));
        } else {
            out.events().stream().filter(e -> EventCriteria.closeness(f, e) > 0)
                    .sorted(Comparator.comparingInt((JsonNode e) -> -EventCriteria.closeness(f, e)))
                    .limit(SHOWN).forEach(e -> {
                        ObjectNode r = Rows.event(e);
                        r.set("misses", F.arrayNode().addAll(EventCriteria.misses(f, e).stream().map(F::textNode).toList()));
                        rows.add(r);
                    });
        }
        return c;
    }

    static ObjectNode relationCase(RelationFact f, ScenarioOutput out) {
        List<JsonNode> pair = out.relations().stream().filter(r -> pair(f.a(), f.b(), r)).toList();
        List<JsonNode> matched = pair.stream().filter(r -> f.types().isEmpty() || f.types().contains(r.path("type").asText())).toList();
        ObjectNode c = entry("relation", f.id(), f.what(), !matched.isEmpty(), f.why());
        ArrayNode rows = c.putArray(matched.isEmpty() ? "nearest" : "matched");
        List<JsonNode> shown = matched.isEmpty() ? (pair.isEmpty() ? oneSide(f.a(), f.b(), out.relations()) : pair) : matched;
        shown.stream().limit(SHOWN).forEach(r -> rows.add(Rows.relation(r)));
        return c;
    }

    static ObjectNode ruptureCase(RuptureFact f, ScenarioOutput out) {
        List<JsonNode> pair = out.ruptures().stream().filter(r -> pair(f.a(), f.b(), r)).toList();
        List<JsonNode> matched = pair.stream().filter(r -> EventCriteria.year(f.year(), r.path("period"))).toList();
        ObjectNode c = entry("rupture", f.id(), f.what(), !matched.isEmpty(), f.why());
        ArrayNode rows = c.putArray(matched.isEmpty() ? "nearest" : "matched");
        List<JsonNode> shown = matched.isEmpty() ? (pair.isEmpty() ? oneSide(f.a(), f.b(), out.ruptures()) : pair) : matched;
        shown.stream().limit(SHOWN).forEach(r -> rows.add(Rows.rupture(r)));
        return c;
    }

    /**
     * A bloc entry is borne out by a {@code blocs} row of its year (any row without one) that has a
     * group in which every {@code together} pattern matches an actor, while every {@code apart} pattern
     * matches an actor of another group of the row and none of that group. The case lists the rows of
     * its year with their groups.
     */
    static ObjectNode blocCase(BlocFact f, ScenarioOutput out, Map<String, String> words) {
        List<JsonNode> rows = out.blocs().stream().filter(b -> EventCriteria.year(f.year(), b.path("period"))).toList();
        JsonNode match = rows.stream().filter(b -> bears(f, b.path("groups"), words)).findFirst().orElse(null);
        ObjectNode c = entry("bloc", f.id(), f.what(), match != null, f.why());
        ArrayNode shown = c.putArray(match != null ? "matched" : "nearest");
        (match != null ? List.of(match) : rows).stream().limit(SHOWN).forEach(b -> shown.add(b.deepCopy()));
        return c;
    }

    static boolean bears(BlocFact f, JsonNode groups, Map<String, String> words) {
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            if (!f.together().stream().allMatch(p -> inGroup(p, group, words))) continue;
            boolean apart = true;
            for (ActorPattern p : f.apart()) {
                boolean elsewhere = false;
                for (int h = 0; h < groups.size(); h++) if (h != g && inGroup(p, groups.get(h), words)) elsewhere = true;
                apart &= elsewhere && !inGroup(p, group, words);
            }
            if (apart) return true;
        }
        return false;
    }

    private static boolean inGroup(ActorPattern p, JsonNode group, Map<String, String> words) {
        for (JsonNode id : group) if (p.matchesWords(words.getOrDefault(id.asText(), id.asText()))) return true;
        return false;
    }

    /** Whether a row's {@code a} and {@code b} match the patterns, in either order. */
    static boolean pair(ActorPattern a, ActorPattern b, JsonNode row) {
        JsonNode x = row.path("a"), y = row.path("b");
        return a.matches(x) && b.matches(y) || a.matches(y) && b.matches(x);
    }

    private static List<JsonNode> oneSide(ActorPattern a, ActorPattern b, List<JsonNode> rows) {
        return rows.stream().filter(r -> a.matches(r.path("a")) || a.matches(r.path("b")) || b.matches(r.path("a")) || b.matches(r.path("b")))
                .toList();
    }

    /**
     * Every produced actor's words by id, for what gives actors by id alone (blocs) and for whether a
     * fact's actor was produced at all: the words of its references (id, name, text, lineage) wherever
     * one appears, and the spellings the actor listing gives.
     */
    static Map<String, String> actorWords(ScenarioOutput out) {
        Map<String, Set<String>> w = new LinkedHashMap<>();
        Consumer<JsonNode> add = ref -> {
            if (ref.path("id").isTextual()) w.computeIfAbsent(ref.get("id").asText(), k -> new LinkedHashSet<>()).add(ActorPattern.words(ref));
        };
        for (JsonNode a : out.actors()) {
            add.accept(a.path("actor"));
            Set<String> spellings = w.get(a.path("actor").path("id").asText());
            if (spellings != null) a.path("spellings").forEach(s -> spellings.add(s.asText()));
        }
        for (JsonNode e : out.events()) {
            e.path("source").forEach(add);
            e.path("target").forEach(add);
        }
        for (List<JsonNode> rows : List.of(out.relations(), out.ruptures())) {
            for (JsonNode r : rows) {
                add.accept(r.path("a"));
                add.accept(r.path("b"));
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        w.forEach((k, v) -> joined.put(k, String.join(" ", v)));
        return joined;
    }
}
