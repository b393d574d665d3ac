package dev.faultline.eval.petrarch;

import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PetrarchSuiteTest {
    /** The quirks of both real files, in one small file. */
    static final String FIXTURE = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            #  bare header text: the addition of <EventCoding...> records
            <!--  a commented <Stop> record and <Sentence id="GHOST"> -->
            <Environment>
                <Include>valid DEMO AGENT ERROR PATTERN </Include>
            </Environment>
            <Sentences>
            <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
            <!-- Simple coding -->
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <!--EventCoding sourcecode="GON" targetcode="OSG" eventcode="041"-->
            <Text>
            Arnor is about to restore full
               &amp;TIETYPE ties with Gondor.
            </Text>
            <Parse>
            (ROOT (S (NP (NNP Arnor)) (CC &amp;) (. .)))
            </Parse>
            </Sentence>
            <Config option="new_actor_length" value="4"></Config>
            <Sentence category="AGENT" date="20080806" id="AFP_1" evaluate="true"/>
            <EventCoding eventcode="223" sourcecode='"INJURY TOLL"' targetcode="OSG" />
            <EventCoding eventcode="0352" sourcecode="---GOV" targetcode="---" />
            <Text>
            Eriador's injury toll has risen.
            </Text>
            <Parse>
            1	Eriador	Eriador	PROPN	NNP	_	3	nsubj	_	_
            </Parse>
            <!---
            <Parse>
            1	gone	go	VERB	VB	_	0	root	_	_
            </Parse>-->
            </Sentence>
            <Sentence date="121108" id="DEMO-24" category="DEMO" sentence="true">
            <EventCoding noevents = "True"> </EventCoding>
            <Text>Eriador's death and injury total has risen.</Text>
            </Sentence>
            <Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
            <EventCoding error="dateline"></EventCoding>
            <Text>CEBU CITY: -- Cordova Mayor Adelino Sitoy filed a complaint.</Text>
            </Sentence>
            <Sentence date="19950101" id="ERROR-02" category="ERROR" sentence="true">
            <EventCoding error="bad_input_parse"></EventCoding>
            <Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
            <Parse>(ROOT (S (NP (NNP Arnor)) </Parse>
            </Sentence>
            <Sentence date="19920102" id="PATTERN-06" category="PATTERN" sentence="true">
            <!--  { HOB / GON / 111 } */ -->
            <Text>Gollum was in an accord with an anti- Gondor parade on Saturday.</Text>
            </Sentence>
            <Sentence date="19950101" id="DEMO-04" category="DEMO" sentence="false">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Not implemented.</Text>
            </Sentence>
            <Sentence date="19950101" id="AGENTS-18" category="AGENTS" sentence="true">
            <EventCoding sourcecode="ARNELI" targetcode="GONELI" eventcode="064"></EventCoding>
            <Text>Not included.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    static List<PetrarchRecord> fixture(Path dir) throws IOException {
        Path f = dir.resolve("records.xml");
        Files.writeString(f, FIXTURE);
        return PetrarchSuite.read(f);
    }

    @Test
    void readsTheQuirksTolerantly(@TempDir Path dir) throws IOException {
        List<PetrarchRecord> rs = fixture(dir);
        assertThat(rs).extracting(PetrarchRecord::id).containsExactly("DEMO-00", "AFP_1", "DEMO-24", "ERROR-01", "ERROR-02",
                "PATTERN-06", "DEMO-04", "AGENTS-18");
        PetrarchRecord first = rs.get(0);
        assertThat(first.text()).isEqualTo("Arnor is about to restore full &TIETYPE ties with Gondor.");
        assertThat(first.expected()).as("the commented-out coding is not read").containsExactly(new PetrarchCoding("ARN", "GON", "064"));
        assertThat(first.parse()).startsWith("(ROOT").contains("(CC &)");
        assertThat(first.day()).contains(LocalDate.of(1995, 1, 1));
        assertThat(first.config()).isEmpty();

        PetrarchRecord afp = rs.get(1);
        assertThat(afp.expected()).containsExactly(new PetrarchCoding("\"INJURY TOLL\"", "OSG", "223"),
                new PetrarchCoding("---GOV", "---", "0352"));
        assertThat(afp.parse()).as("the commented-out parse is not read").contains("Eriador").doesNotContain("gone");
        assertThat(afp.config()).containsEntry("new_actor_length", "4");
        assertThat(afp.text()).isEqualTo("Eriador's injury toll has risen.");

        PetrarchRecord none = rs.get(2);
        assertThat(none.noEvent()).isTrue();
        assertThat(none.expected()).isEmpty();
        assertThat(none.day()).as("121108 is no YYYYMMDD").isEmpty();
        assertThat(none.date()).isEqualTo("121108");

        assertThat(rs.get(3).error()).isEqualTo("dateline");
        assertThat(rs.get(3).day()).contains(LocalDate.of(2008, 8, 1));
        assertThat(rs).extracting(PetrarchRecord::noEvent).containsExactly(false, false, true, true, true, true, false, false);
        assertThat(rs).as("not implemented, not included, or testing a broken supplied parse")
                .extracting(PetrarchRecord::scored).containsExactly(true, true, true, true, false, true, false, false);
    }

    @Test
    void anEmptyTextIsSpelledFromItsConllUParse() {
        String parse = "1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_\n"
                + "2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\tSpaceAfter=No\n"
                + "3\t's\t's\tPART\tPOS\t_\t0\troot\t_\tSpaceAfter=No\n"
                + "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
        assertThat(PetrarchRecordsFile.textOfConllU(parse)).isEqualTo("Boko Haram's.");
        assertThat(PetrarchRecordsFile.textOfConllU("(ROOT (S (NP (NNP Arnor))))")).isEmpty();
    }

    @Test
    void scoresTriplesAndNoEventsByHand(@TempDir Path dir) throws IOException {
        List<PetrarchRecord> rs = fixture(dir);
        EvalReport rep = PetrarchSuite.run(PetrarchSuite.UNIT_TESTS, rs, r -> switch (r.id()) {
            case "DEMO-00" -> List.of(new PetrarchCoding("ARN", "GON", "064"), new PetrarchCoding("ARN", "GON", "064"));
            case "AFP_1" -> List.of(new PetrarchCoding("---GOV", "---", "0352"), new PetrarchCoding("ERI", "OSG", "223"));
            case "DEMO-24" -> List.of(new PetrarchCoding("ERI", "---", "010"));
            case "ERROR-01", "PATTERN-06" -> List.of();
            default -> throw new AssertionError("an unscored record was coded: " + r.id());
        });
        assertThat(rep.n()).isEqualTo(5);
        assertThat(rep.metrics().get("events_recall")).as("2 of 3 expected").isEqualTo(2.0 / 3);
        assertThat(rep.metrics().get("events_precision")).as("2 of 4 distinct produced").isEqualTo(2.0 / 4);
        assertThat(rep.metrics().get("noevent_correct")).as("ERROR-01 and PATTERN-06 of three").isEqualTo(2.0 / 3);
        assertThat(rep.cases().get(3).path("error").asText()).isEqualTo("dateline");
        assertThat(rep.cases().get(0).path("ok").asBoolean()).isTrue();
        assertThat(rep.cases().get(1).path("expected").get(0).asText()).isEqualTo("\"INJURY TOLL\" OSG 223");
    }

    @Test
    void emptyDenominatorsAreNotApplicable() {
        PetrarchRecord quiet = new PetrarchRecord("N-1", "DEMO", "19950101", "Nothing happened.", "", List.of(), true, "",
                java.util.Map.of(), true);
        EvalReport rep = PetrarchSuite.run(PetrarchSuite.UNIT_TESTS, List.of(quiet), r -> List.of());
        assertThat(rep.metrics().get("events_recall")).isNaN();
        assertThat(rep.metrics().get("events_precision")).isNaN();
        assertThat(rep.metrics().get("noevent_correct")).isEqualTo(1.0);
    }

    @Test
    void readsTheSharedUnitTestRecords() throws IOException {
        Path f = shared("PETR.UnitTest.records.xml");
        List<PetrarchRecord> rs = PetrarchSuite.read(f);
        assertThat(rs).hasSize(284);
        assertThat(rs.stream().filter(PetrarchRecord::scored).count()).isEqualTo(276);
        assertThat(rs.stream().filter(r -> r.scored() && r.noEvent()).count()).isEqualTo(25);
        assertThat(rs).allSatisfy(r -> assertThat(r.text()).isNotBlank());
        assertThat(rs.get(0).id()).isEqualTo("DEMO-00");
        assertThat(rs.get(0).expected()).containsExactly(new PetrarchCoding("ARN", "GON", "064"));
        assertThat(rs.get(0).text()).startsWith("Arnor is about to restore full diplomatic ties with Gondor");
    }

    @Test
    void readsTheSharedGsrRecords() throws IOException {
        Path f = shared("PETR2_GSR_validation.xml");
        List<PetrarchRecord> rs = PetrarchSuite.read(f);
        assertThat(rs).hasSize(78);
        assertThat(rs).allSatisfy(r -> assertThat(r.scored()).isTrue());
        assertThat(rs).allSatisfy(r -> assertThat(r.text()).isNotBlank());
        assertThat(rs.stream().filter(PetrarchRecord::noEvent).count()).isEqualTo(12);
        assertThat(rs.get(0).id()).isEqualTo("AFP0808020625_4");
        assertThat(rs.get(0).expected()).containsExactly(new PetrarchCoding("USA", "CHN", "042"));
    }

    @Test
    void namesTheDictionariesOfItsEnvironment(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("records.xml");
        Files.writeString(f, "<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt, b.txt</Actorfile>"
                + "<Agentfile>g.txt</Agentfile></Environment>");
        PetrarchDictionaries d = PetrarchDictionaries.of(f);
        assertThat(d.actors()).containsExactly(dir.resolve("a.txt").toAbsolutePath(), dir.resolve("b.txt").toAbsolutePath());
        assertThat(d.discards()).isEmpty();
        assertThat(d.present()).isFalse();
        Files.writeString(dir.resolve("a.txt"), "");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("g.txt"), "");
        assertThat(d.present()).isTrue();
    }

    @Test
    void theSharedUnitTestsShipTheirDictionaries() throws IOException {
        PetrarchDictionaries d = PetrarchDictionaries.of(shared("PETR.UnitTest.records.xml"));
        assertThat(d.present()).isTrue();
        assertThat(d.actors()).extracting(p -> p.getFileName().toString()).containsExactly("PETR.Validate.actors.txt");
        assertThat(PetrarchDictionaries.of(shared("PETR2_GSR_validation.xml")).present()).as("Phoenix dictionaries are not shipped").isFalse();
    }

    private static Path shared(String name) {
        Path f = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("eval/petrarch").resolve(name);
        Assumptions.assumeTrue(Files.exists(f), "skipped: ../shared/eval/petrarch is absent");
        return f;
    }
}
