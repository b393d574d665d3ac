package dev.faultline.eval.scenario;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario scorer's rules on hand-made produced rows: each metric, each criterion of a fact, and the cases it writes. */
class ScenarioSuiteTest {
    static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An actor reference: its id, a name, and a lineage running from it up. */
    static ObjectNode actor(String id, String name, String... lineageAbove) {
        ObjectNode a = F.objectNode().put("id", id).put("name", name).putNull("text");
        ArrayNode l = a.putArray("lineage").add(id);
        for (String up : lineageAbove) l.add(up);
        return a;
    }

    static ObjectNode event(String type, String cameo, String date, String modality, Double lat, Double lon,
                            List<ObjectNode> source, List<ObjectNode> target) {
        ObjectNode e = F.objectNode().put("id", type + "-" + date).put("type", type).put("cameo", cameo).put("modality", modality)
                .put("text", "a sentence");
        if (date == null) e.putNull("date"); else e.putObject("date").put("value", date);
        if (lat == null) e.putNull("location"); else e.putObject("location").put("name", "somewhere").put("lat", lat).put("lon", lon);
        e.putArray("source").addAll(source);
        e.putArray("target").addAll(target);
        return e;
    }

    static final ObjectNode AMAL = actor("amal", "Amal Movement");
    static final ObjectNode PLO = actor("plo", "Palestine Liberation Organization");
    static final ObjectNode ARAFAT = actor("yasser-arafat", "Yasser Arafat", "plo");
    static final ObjectNode SYRIA = actor("syria", "Syria");
    static final ObjectNode ISRAEL = actor("israel", "Israel");
    /** Sidon, where the camps war's southern battles were. */
    static final double SIDON_LAT = 33.563, SIDON_LON = 35.369;

    /** Amal besieges the camps near Sidon in April 1987 (asserted), a shared background for the fact rules. */
    static final ObjectNode SIEGE = event("ASSAULT", "191", "1987-04-08", "asserted", 33.55, 35.40, List.of(AMAL), List.of(PLO));

    static ScenarioFacts facts(String json) {
        return ScenarioFacts.parse(json(json));
    }

    static EvalReport score(String facts, List<ObjectNode> events) {
        return ScenarioSuite.score(facts(facts), new ScenarioOutput(List.copyOf(events), List.of(), List.of(), List.of(), List.of()));
    }

    static double factsScore(String fact, ObjectNode... events) {
        return score("{'facts': [" + fact + "]}", List.of(events)).metrics().get("facts");
    }

    @Test
    void aFactsTypeIsItsPloverTypeOrACameoPrefix() {
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'types': ['COERCE']}", SIEGE)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'cameo': ['19']}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'cameo': ['190']}", SIEGE)).as("191 does not start with 190").isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'types': ['FIGHT']}", SIEGE)).as("PLOVER's retired label").isEqualTo(1.0);
    }

    @Test
    void yearAndModalityAreCheckedOnlyWhenGiven() {
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'year': 1987}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'year': 1986}", SIEGE)).isZero();
        ObjectNode undated = event("ASSAULT", "190", null, "asserted", null, null, List.of(AMAL), List.of(PLO));
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'year': 1987}", undated)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT']}", undated)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'modality': ['reported', 'alleged']}", SIEGE)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'modality': ['asserted']}", SIEGE)).isEqualTo(1.0);
    }

    @Test
    void aPlaceMustLieWithinKmOfOneOfNearFiftyByDefault() {
        // SIEGE lies ~3.5 km from Sidon; Beirut is ~40 km north of Sidon, Tyre ~38 km south.
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'near': [[" + SIDON_LAT + ", " + SIDON_LON + "]], 'km': 5}", SIEGE))
                .isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'near': [[33.888, 35.495]], 'km': 20}", SIEGE)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'near': [[33.888, 35.495]]}", SIEGE))
                .as("default 50 km").isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'near': [[33.888, 35.495], [33.27, 35.2]], 'km': 10}", SIEGE))
                .as("none of them within 10 km").isZero();
        ObjectNode nowhere = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(AMAL), List.of(PLO));
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT'], 'near': [[33.563, 35.369]]}", nowhere)).isZero();
    }

    @Test
    void withBNullAMustBeASourceAndWithANullBATargetOrSource() {
        ObjectNode amalHit = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(PLO), List.of(AMAL));
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': null, 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': null, 'types': ['ASSAULT']}", amalHit)).as("amal only a target").isZero();
        assertThat(factsScore("{'id': 'F1', 'a': null, 'b': 'amal', 'types': ['ASSAULT']}", amalHit)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': null, 'b': 'amal', 'types': ['ASSAULT']}", SIEGE)).as("undirected: a source will do").isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': null, 'b': 'amal', 'directed': true, 'types': ['ASSAULT']}", SIEGE)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': null, 'b': null, 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
    }

    @Test
    void directedFactsWantTheirDirectionAndUndirectedOnesEither() {
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'directed': true, 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'plo', 'b': 'amal', 'directed': true, 'types': ['ASSAULT']}", SIEGE)).isZero();
        assertThat(factsScore("{'id': 'F1', 'a': 'plo', 'b': 'amal', 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'syria', 'types': ['ASSAULT']}", SIEGE)).isZero();
    }

    @Test
    void undirectedFactsMatchTwoActorsOnOneSideButNeverOneActorTwice() {
        ObjectNode clash = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(AMAL, PLO), List.of());
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'types': ['ASSAULT']}", clash)).isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'directed': true, 'types': ['ASSAULT']}", clash)).isZero();
        ObjectNode alone = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(actor("amal-plo", "Amal and PLO")), List.of());
        assertThat(factsScore("{'id': 'F1', 'a': 'amal', 'b': 'plo', 'types': ['ASSAULT']}", alone)).isZero();
    }

    @Test
    void patternsSearchIdNameTextAndLineageCaseInsensitively() {
        ObjectNode byArafat = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(ARAFAT), List.of(AMAL));
        assertThat(factsScore("{'id': 'F1', 'a': 'plo', 'b': 'amal', 'directed': true, 'types': ['ASSAULT']}", byArafat))
                .as("Arafat's lineage runs up to the PLO").isEqualTo(1.0);
        assertThat(factsScore("{'id': 'F1', 'a': 'LIBERATION', 'b': 'amal movement', 'types': ['ASSAULT']}", SIEGE)).isEqualTo(1.0);
        ObjectNode said = event("ASSAULT", "190", "1987-04-08", "asserted", null, null,
                List.of((ObjectNode) actor("militia", "militia").put("text", "Druze gunmen")), List.of());
        assertThat(factsScore("{'id': 'F1', 'a': 'druze', 'types': ['ASSAULT']}", said)).as("the report's words").isEqualTo(1.0);
    }

    @Test
    void disputedFactsAreListedButNotScored() {
        EvalReport r = score("{'facts': [{'id': 'F1', 'a': 'amal', 'types': ['ASSAULT']},"
                + " {'id': 'F2', 'a': 'syria', 'types': ['ASSAULT'], 'disputed': true, 'why': 'only a rumour'}]}", List.of(SIEGE));
        assertThat(r.metrics().get("facts")).isEqualTo(1.0);
        assertThat(r.counts().get("facts")).isEqualTo(new EvalReport.Count(1, 1));
        assertThat(r.cases()).hasSize(2);
        JsonNode disputed = r.cases().get(1);
        assertThat(disputed.get("status").asText()).isEqualTo("disputed");
        assertThat(disputed.get("unscored").asText()).isEqualTo("missed");
        assertThat(disputed.get("why_disputed").asText()).isEqualTo("only a rumour");
    }

    @Test
    void aMissListsTheNearestEventsWithWhatEachLacks() {
        ObjectNode raid = event("ASSAULT", "195", "1987-03-20", "asserted", null, null, List.of(ISRAEL), List.of(PLO));
        ObjectNode talks = event("CONSULT", "040", "1987-03-02", "asserted", null, null, List.of(SYRIA), List.of(actor("gemayel", "Amin Gemayel")));
        EvalReport r = score("{'facts': [{'id': 'F1', 'what': 'Amal raids the PLO', 'a': 'amal', 'b': 'plo', 'directed': true,"
                + " 'types': ['ASSAULT'], 'year': 1987}]}", List.of(talks, raid));
        JsonNode c = r.cases().get(0);
        assertThat(c.get("status").asText()).isEqualTo("missed");
        assertThat(c.get("a_seen").asBoolean()).as("no produced actor is Amal").isFalse();
        assertThat(c.get("b_seen").asBoolean()).isTrue();
        assertThat(c.get("nearest").get(0).get("source").get(0).asText()).isEqualTo("israel");
        assertThat(c.get("nearest").get(0).get("misses")).extracting(JsonNode::asText).containsExactly("actors");
    }

    @Test
    void relationsMatchTheirTypeInEitherOrder() {
        JsonNode backs = json("{'type': 'supports', 'a': {'id': 'syria', 'name': 'Syria', 'lineage': ['syria']},"
                + " 'b': {'id': 'amal', 'name': 'Amal Movement', 'lineage': ['amal']}, 'basis': 'events'}");
        ScenarioFacts f = facts("{'relations': [{'id': 'R1', 'a': 'amal', 'b': 'syria', 'types': ['supports', 'proxy_of']},"
                + " {'id': 'R2', 'a': 'amal', 'b': 'syria', 'types': ['hostile']}, {'id': 'R3', 'a': 'amal', 'b': 'syria'},"
                + " {'id': 'R4', 'a': 'amal', 'b': 'israel', 'types': ['hostile']}]}");
        EvalReport r = ScenarioSuite.score(f, new ScenarioOutput(List.of(), List.of(backs), List.of(), List.of(), List.of()));
        assertThat(r.counts().get("relations")).isEqualTo(new EvalReport.Count(2, 4));
        assertThat(r.cases().get(1).get("nearest").get(0).get("type").asText()).as("the pair's other relation").isEqualTo("supports");
        assertThat(r.metrics().get("facts")).as("nothing to score").isNaN();
    }

    @Test
    void rupturesMatchTheirPairInEitherOrderInTheirYear() {
        JsonNode turn = json("{'a': {'id': 'amal', 'lineage': ['amal']}, 'b': {'id': 'syria', 'lineage': ['syria']}, 'period': '1987-04'}");
        ScenarioFacts f = facts("{'ruptures': [{'id': 'X1', 'a': 'syria', 'b': 'amal', 'year': 1987},"
                + " {'id': 'X2', 'a': 'syria', 'b': 'amal', 'year': 1986}, {'id': 'X3', 'a': 'syria', 'b': 'amal'}]}");
        EvalReport r = ScenarioSuite.score(f, new ScenarioOutput(List.of(), List.of(), List.of(turn), List.of(), List.of()));
        assertThat(r.counts().get("ruptures")).isEqualTo(new EvalReport.Count(2, 3));
        assertThat(r.cases().get(1).get("nearest").get(0).get("period").asText()).isEqualTo("1987-04");
    }

    @Test
    void dyadicIsTheShareOfEventsWithBothSides() {
        ObjectNode oneSided = event("ASSAULT", "190", "1987-04-08", "asserted", null, null, List.of(AMAL), List.of());
        EvalReport r = score("{'facts': []}", List.of(SIEGE, oneSided, oneSided, oneSided));
        assertThat(r.metrics().get("dyadic")).isEqualTo(0.25);
        assertThat(r.counts().get("dyadic")).isEqualTo(new EvalReport.Count(1, 4));
        assertThat(r.n()).as("dyadic counts events, not cases").isZero();
    }

    @Test
    void blocsWantTogetherInOneGroupAndApartInAnother() {
        JsonNode y1987 = json("{'period': '1987', 'groups': [['syria', 'amal'], ['plo', 'psp']]}");
        JsonNode listing = json("{'actor': {'id': 'psp', 'name': 'Progressive Socialist Party', 'lineage': ['psp']},"
                + " 'spellings': ['Druze militia', 'PSP']}");
        ScenarioFacts f = facts("{'blocs': ["
                + "{'id': 'B1', 'year': 1987, 'together': ['syria', 'amal'], 'apart': ['plo|palestin']},"
                + "{'id': 'B2', 'year': 1987, 'together': ['plo', 'druze'], 'apart': ['amal']},"
                + "{'id': 'B3', 'year': 1987, 'together': ['amal', 'plo']},"
                + "{'id': 'B4', 'year': 1986, 'together': ['syria', 'amal']},"
                + "{'id': 'B5', 'together': ['syria'], 'apart': ['amal']},"
                + "{'id': 'B6', 'together': ['syria'], 'apart': ['hezbollah']}]}");
        EvalReport r = ScenarioSuite.score(f, new ScenarioOutput(List.of(), List.of(), List.of(), List.of(y1987), List.of(listing)));
        assertThat(r.cases()).extracting(c -> c.get("id").asText() + " " + c.get("status").asText())
                .containsExactly("B1 found", "B2 found", "B3 missed", "B4 missed", "B5 missed", "B6 missed");
        assertThat(r.metrics().get("blocs")).isEqualTo(2 / 6.0);
        assertThat(r.cases().get(2).get("nearest").get(0).get("period").asText()).isEqualTo("1987");
    }
}
