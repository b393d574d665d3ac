package dev.faultline.eval.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.faultline.eval.scenario.ScenarioSuiteTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** facts.json is read strictly: an analyst's typo fails naming the entry, rather than scoring as a miss. */
class ScenarioFactsTest {
    static String problem(String facts) {
        try {
            ScenarioFacts.parse(json(facts));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + facts);
    }

    @Test
    void aFullEntryOfEachListIsRead() {
        ScenarioFacts f = ScenarioFacts.parse(json("{'facts': [{'id': 'F1', 'what': 'w', 'a': 'amal', 'b': null, 'types': ['fight'],"
                + " 'cameo': ['19'], 'year': 1987, 'directed': true, 'near': [[33.5, 35.4]], 'km': 20, 'modality': ['Reported']}],"
                + " 'relations': [{'id': 'R1', 'a': 'amal', 'b': 'syria', 'types': ['PROXY_OF']}],"
                + " 'ruptures': [{'id': 'X1', 'a': 'amal', 'b': 'syria', 'year': 1987}],"
                + " 'blocs': [{'id': 'B1', 'together': ['amal', 'syria'], 'apart': ['plo']}], 'about': 'extra keys are fine'}"));
        EventFact e = f.facts().get(0);
        assertThat(e.types()).containsExactly("ASSAULT");
        assertThat(e.b()).isNull();
        assertThat(e.near()).containsExactly(new EventFact.LatLon(33.5, 35.4));
        assertThat(e.km()).isEqualTo(20);
        assertThat(e.modality()).containsExactly("reported");
        assertThat(f.relations().get(0).types()).containsExactly("proxy_of");
        assertThat(f.ruptures().get(0).year()).isEqualTo(1987);
        assertThat(f.blocs().get(0).apart()).hasSize(1);
        assertThat(ScenarioFacts.parse(json("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['AID']}]}")).facts().get(0).km())
                .isEqualTo(EventFact.DEFAULT_KM);
    }

    @Test
    void mistakesNameTheEntryAndTheProblem() {
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['SHELLING']}]}")).contains("facts[0] (F1)", "SHELLING", "not a PLOVER type");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x'}]}")).contains("F1", "no 'types' and no 'cameo'");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'cameo': ['1a']}]}")).contains("not a CAMEO code");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': '(amal', 'types': ['AID']}]}")).contains("F1", "'a'", "(amal", "not a regular expression");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['AID'], 'modality': ['likely']}]}")).contains("likely", "asserted");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['AID'], 'near': [[95, 10]]}]}")).contains("near", "[95,10]");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['AID'], 'year': '1987'}]}")).contains("'year'");
        assertThat(problem("{'facts': [{'id': 'F1', 'a': 'x', 'types': ['AID']}], 'ruptures': [{'id': 'F1', 'a': 'x', 'b': 'y'}]}"))
                .contains("ruptures[0]", "'F1' is used twice");
        assertThat(problem("{'relations': [{'id': 'R1', 'a': 'x', 'b': 'y', 'types': ['friend']}]}")).contains("friend", "proxy_of");
        assertThat(problem("{'relations': [{'id': 'R1', 'a': 'x'}]}")).contains("R1", "no 'b'");
        assertThat(problem("{'blocs': [{'id': 'B1', 'together': ['x']}]}")).contains("B1", "two actors");
        assertThat(problem("{'facts': [{'a': 'x', 'types': ['AID']}]}")).contains("facts[0]", "no 'id'");
        assertThat(problem("{'facts': {}}")).contains("'facts' must be an array");
    }

    @Test
    void aFileThatIsNoJsonIsNamed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("facts.json"), "{'facts': [");
        assertThatThrownBy(() -> ScenarioFacts.read(f)).isInstanceOf(IOException.class).hasMessageContaining("facts.json").hasMessageContaining("not JSON");
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"facts\": [{\"id\": \"F1\", \"a\": \"x\", \"types\": [\"FIHGT\"]}]}");
        assertThatThrownBy(() -> ScenarioFacts.read(typo)).hasMessageContaining("typo.json: facts[0] (F1)");
    }

    @Test
    void theFolderTakesTheReportsTheManifestNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("facts.json"), "{\"facts\": []}");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("README.md"), "notes");
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet,published\nb.txt,Reuters,1987-04-08\n");
        assertThat(ScenarioFolder.read(dir).reports()).containsExactly(dir.resolve("b.txt"));
        Files.writeString(dir.resolve("manifest.csv"), "url,outlet\nhttp://x,Reuters\n");
        assertThat(ScenarioFolder.read(dir).reports()).as("no file column: every report of the folder")
                .containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet\nb.txt,Reuters\nc.txt,Reuters\n");
        assertThatThrownBy(() -> ScenarioFolder.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("manifest.csv:3: no report c.txt");
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet\n../escape.txt,Reuters\n");
        assertThatThrownBy(() -> ScenarioFolder.read(dir)).hasMessageContaining("no report ../escape.txt");
        Files.delete(dir.resolve("facts.json"));
        assertThatThrownBy(() -> ScenarioFolder.read(dir)).hasMessageContaining("has no facts.json");
    }
}
