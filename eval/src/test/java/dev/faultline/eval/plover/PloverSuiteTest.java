package dev.faultline.eval.plover;

import dev.faultline.domain.event.PloverType;
import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PloverSuiteTest {
    static final String FIXTURE = """
            [
             {"id": "HDR", "event": "DOCUMENT", "eventText": "header"},
             {"id": "A-1", "date": "2000-01-01", "event": "FIGHT", "text": "Israeli soldiers shot a Palestinian.",
              "source": [{"actorText": "Israeli soldiers", "code": "ISR", "sector": "***"}],
              "target": [{"actorText": "Palestinian", "code": "pse", "sector": "CVL"}]},
             {"id": "A-2", "date": "2000-01-01", "event": "DEMAND", "text": "The United States and Jordan demanded talks.",
              "source": [{"actorText": "United States", "code": "USA"}, {"actorText": "Jordan", "code": "JOR"},
                         {"actorText": "nobody"}],
              "target": ""},
             {"id": "A-3", "date": "2000-01-01", "event": "PROTEST", "text": "Kurd refugees protested.",
              "source": [{"actorText": "Turkish Kurd refugees", "code": "TUR", "sector": "REFKUR"}],
              "target": null}
            ]
            """;

    static List<PloverCase> fixture(Path dir) throws IOException {
        Path f = dir.resolve("gsr.json");
        Files.writeString(f, FIXTURE);
        return PloverSuite.read(f);
    }

    @Test
    void readsRecordsSkippingTheHeaderAndMappingRetiredLabels(@TempDir Path dir) throws IOException {
        List<PloverCase> cs = fixture(dir);
        assertThat(cs).extracting(PloverCase::id).containsExactly("A-1", "A-2", "A-3");
        assertThat(cs).extracting(PloverCase::type).containsExactly(PloverType.ASSAULT, PloverType.REQUEST, PloverType.PROTEST);
        assertThat(cs.get(0).label()).isEqualTo("FIGHT");
        assertThat(cs.get(0).sources().get(0).sector()).as("*** is no sector").isNull();
        assertThat(cs.get(0).targets().get(0)).isEqualTo(new GoldActor("Palestinian", "PSE", "CVL"));
        assertThat(cs.get(1).sources()).as("an actor without code is left out").extracting(GoldActor::code).containsExactly("USA", "JOR");
        assertThat(cs.get(1).targets()).as("\"\" target").isEmpty();
        assertThat(cs.get(2).targets()).as("null target").isEmpty();
        assertThat(cs.get(2).sources().get(0).sector()).as("REFKUR is the refugee sector").isEqualTo("REF");
    }

    @Test
    void sectorsCompareOnTheirPrimaryCode() {
        assertThat(GoldActor.sector("REBkur")).isEqualTo("REB");
        assertThat(GoldActor.sector("gov")).isEqualTo("GOV");
        assertThat(GoldActor.sector(" ")).isNull();
        GoldActor g = new GoldActor("x", "SYR", "MIL");
        assertThat(g.matches(new PloverActor("syr", "MILsrp"))).isTrue();
        assertThat(g.matches(new PloverActor("SYR", null))).isFalse();
        assertThat(new GoldActor("x", "SYR", null).matches(new PloverActor("SYR", "GOV"))).isTrue();
    }

    @Test
    void unknownLabelIsAnErrorNamingTheRecord(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[{\"id\": \"Z-9\", \"event\": \"DANCE\", \"text\": \"t\", \"source\": []}]");
        assertThatThrownBy(() -> PloverSuite.read(f)).isInstanceOf(IOException.class).hasMessageContaining("Z-9").hasMessageContaining("DANCE");
    }

    @Test
    void scoresTypeSourceAndTargetByHand(@TempDir Path dir) throws IOException {
        List<PloverCase> cs = fixture(dir);
        EvalReport rep = PloverSuite.run(cs, c -> switch (c.id()) {
            // right type, source found (no sector asked), target has the code but the wrong sector
            case "A-1" -> List.of(new PloverEvent(PloverType.ASSAULT, List.of(new PloverActor("ISR", "MIL")),
                    List.of(new PloverActor("PSE", "GOV"))));
            // USA found; JOR only in an event of another type, which does not count
            case "A-2" -> List.of(new PloverEvent(PloverType.REQUEST, List.of(new PloverActor("USA", "GOV")), List.of()),
                    new PloverEvent(PloverType.CONSULT, List.of(new PloverActor("JOR", null)), List.of()));
            default -> List.of();
        });
        assertThat(rep.n()).isEqualTo(3);
        assertThat(rep.metrics().get("type")).isEqualTo(2.0 / 3);
        assertThat(rep.metrics().get("source")).as("ISR, USA of ISR, USA, JOR, TUR").isEqualTo(2.0 / 4);
        assertThat(rep.metrics().get("target")).as("PSE/CVL missed").isEqualTo(0.0);
        assertThat(rep.cases().get(1).path("gold_sources").get(1).path("found").asBoolean()).isFalse();
        assertThat(rep.cases().get(0).path("events").get(0).path("targets").asText()).isEqualTo("PSE/GOV");
    }

    @Test
    void nothingToScoreIsNotApplicable() {
        PloverCase c = new PloverCase("B-1", "", "Nothing.", PloverType.AGREE, "AGREE", List.of(), List.of());
        EvalReport rep = PloverSuite.run(List.of(c), x -> List.of());
        assertThat(rep.metrics().get("type")).isEqualTo(0.0);
        assertThat(rep.metrics().get("source")).isNaN();
        assertThat(rep.metrics().get("target")).isNaN();
        assertThat(PloverSuite.run(List.of(), x -> List.of()).metrics().get("type")).isNaN();
    }

    @Test
    void readsTheSharedDevelopmentHalf() throws IOException {
        Path f = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("eval/plover/plover-gsr-dev.json");
        Assumptions.assumeTrue(Files.exists(f), "skipped: ../shared/eval/plover is absent");
        List<PloverCase> cs = PloverSuite.read(f);
        assertThat(cs).hasSize(154);
        assertThat(cs.get(0).id()).isEqualTo("PLOVER-GSR01-AGREE-0003");
        assertThat(cs.get(0).sources()).extracting(GoldActor::code).containsExactly("USA", "JOR");
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).isNotBlank());
    }
}
