package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.faultline.cli.ClaimsFixture.ASSAULT;
import static dev.faultline.cli.ClaimsFixture.HEZBOLLAH_5000;
import static dev.faultline.cli.ClaimsFixture.IRAN_25000;
import static dev.faultline.cli.ClaimsFixture.IRAN_FROM_7000;
import static dev.faultline.cli.ClaimsFixture.IRAN_TO_700;
import static dev.faultline.cli.ClaimsFixture.IRGC_3000;
import static dev.faultline.cli.ClaimsFixture.RETREAT;
import static org.assertj.core.api.Assertions.assertThat;

/** `faultline claims`, `faultline forces` and the assessed `faultline events` on a real DuckDB file of hand-coded reports. */
class ClaimsCommandsTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void storeTheReports() {
        db = ClaimsFixture.store(dir);
    }

    static JsonNode byId(List<JsonNode> lines, String id) {
        return lines.stream().filter(l -> l.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + lines));
    }

    static List<String> ids(List<JsonNode> lines) {
        return lines.stream().map(l -> l.path("id").asText()).toList();
    }

    @Test
    void claimsListsEveryEventAndForceClaimInTheContractsShape() {
        Cli r = Cli.run("claims", "--db", db, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> claims = Contract.lines(r.out());
        assertThat(ids(claims)).containsExactlyInAnyOrder(RETREAT, ASSAULT, HEZBOLLAH_5000, IRAN_25000, IRGC_3000, IRAN_FROM_7000, IRAN_TO_700);
        assertThat(claims).allSatisfy(c -> assertThat(Contract.violations("claim", c)).as(c.toString()).isEmpty());
        assertThat(ids(claims).indexOf(IRGC_3000)).as("by date: September before October").isLessThan(ids(claims).indexOf(ASSAULT));

        JsonNode retreat = byId(claims, RETREAT);
        assertThat(retreat.path("kind").asText()).isEqualTo("event");
        assertThat(retreat.path("type").asText()).isEqualTo("RETREAT");
        assertThat(retreat.path("outlet").asText()).isEqualTo("DEBKAfile");
        assertThat(retreat.path("published").asText()).isEqualTo("2018-09");
        assertThat(retreat.at("/source/0/id").asText()).isEqualTo("hezbollah");
        assertThat(retreat.path("actor").isNull()).isTrue();
        assertThat(retreat.at("/attribution/0/text").asText()).isEqualTo("DEBKAfile");
        assertThat(retreat.at("/attribution/0/span").isNull()).isTrue();
        assertThat(retreat.at("/attribution/1/kind").asText()).isEqualTo("anonymous");
        assertThat(retreat.at("/attribution/1/span/0").asInt()).isEqualTo(ClaimsFixture.DEBKA_TEXT.indexOf("DEBKAfile's military"));
        assertThat(retreat.path("reasons")).isNotEmpty();

        JsonNode iran = byId(claims, IRAN_25000);
        assertThat(iran.path("kind").asText()).isEqualTo("force");
        assertThat(iran.path("type").isNull()).isTrue();
        assertThat(iran.at("/actor/id").asText()).isEqualTo("iran");
        assertThat(iran.path("personnel").asLong()).isEqualTo(25000);
        assertThat(iran.path("estimate").asText()).isEqualTo("at_least");
        assertThat(iran.path("text").asText()).isEqualTo("at least 25,000 Shiite fighters");
        assertThat(iran.path("contradictions").findValuesAsText("claim")).contains(IRAN_TO_700);
        assertThat(iran.path("credibility_label").asText()).isNotBlank();

        JsonNode to = byId(claims, IRAN_TO_700);
        assertThat(to.at("/attribution/1/actor/id").asText()).as("the official resolves to Israel").isEqualTo("israel");
        assertThat(to.at("/attribution/1/kind").asText()).isEqualTo("official");
        assertThat(to.path("grade").asText()).isEqualTo("B");   // Reuters, in the built-in grades
    }

    @Test
    void claimsTableShowsTheFiguresAndFitsIn120Columns() {
        Cli r = Cli.run("claims", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("DATE", "OUTLET", "CLAIM", "MODALITY", "CHAIN", "CORR", "CRED", "CONTRA");
        assertThat(r.out()).contains("≥ 25,000 personnel of iran", "~5,000 personnel of hezbollah", "→ 700 personnel of iran",
                "RETREAT hezbollah ", "ASSAULT israel → iran", "DEBKAfile's military sources", "a senior Israeli official");
        assertThat(r.out().lines()).hasSize(2 + 7).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(120));
    }

    @Test
    void minCredibilityFiltersAndIsChecked() {
        List<JsonNode> all = Contract.lines(Cli.run("claims", "--db", db, "--format", "jsonl").out());
        List<JsonNode> credible = Contract.lines(Cli.run("claims", "--db", db, "--format", "jsonl", "--min-credibility", "3").out());
        assertThat(credible).allMatch(c -> c.path("credibility").asInt() <= 3)
                .hasSize((int) all.stream().filter(c -> c.path("credibility").asInt() <= 3).count());
        Cli bad = Cli.run("claims", "--db", db, "--min-credibility", "7");
        assertThat(bad.exit()).isEqualTo(Faultline.USAGE);
        assertThat(bad.err()).contains("--min-credibility");
    }

    @Test
    void forcesOfAnActorIncludeWhatBelongsToItByDate() {
        Cli r = Cli.run("forces", "iran", "--db", db, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> forces = Contract.lines(r.out());
        assertThat(forces).allSatisfy(f -> assertThat(Contract.violations("force", f)).as(f.toString()).isEmpty());
        assertThat(ids(forces)).containsExactlyInAnyOrder(IRAN_25000, IRGC_3000, IRAN_FROM_7000, IRAN_TO_700);
        assertThat(ids(forces).subList(0, 2)).as("September's claims first").containsExactlyInAnyOrder(IRAN_25000, IRGC_3000);
        JsonNode irgc = byId(forces, IRGC_3000);
        assertThat(irgc.at("/actor/id").asText()).isEqualTo("irgc");
        assertThat(irgc.at("/actor/lineage/1").asText()).isEqualTo("iran");
        assertThat(irgc.at("/place/name").asText()).isEqualTo("Deir ez-Zor");
        JsonNode iran = byId(forces, IRAN_25000);
        assertThat(iran.path("personnel").asLong()).isEqualTo(25000);
        assertThat(iran.at("/place/country").asText()).isEqualTo("SYR");
        assertThat(iran.at("/date/value").asText()).isEqualTo("2018-09");
        assertThat(iran.path("article").asText()).isEqualTo(ClaimsFixture.DEBKA.id().value());
        assertThat(iran.path("outlet").asText()).isEqualTo("DEBKAfile");
        assertThat(iran.path("credibility").asInt()).isBetween(1, 6);
        assertThat(iran.path("contradictions")).isNotEmpty();

        assertThat(ids(Contract.lines(Cli.run("forces", "irgc", "--db", db, "--format", "jsonl").out()))).containsExactly(IRGC_3000);
    }

    @Test
    void forcesTableShowsTheFiguresAsTheReportsPutThem() {
        Cli r = Cli.run("forces", "iran", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("DATE", "PERSONNEL", "ACTOR", "PLACE", "SOURCE", "CRED");
        assertThat(r.out()).contains("≥ 25,000", "3,000", "7,000 →", "→ 700", "irgc", "Deir ez-Zor", "Reuters > a senior Israeli official");
        assertThat(r.out().lines()).hasSize(2 + 4).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(120));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anActorWithoutForceClaimsPrintsNothingOrANote() {
        Cli jsonl = Cli.run("forces", "wagner-group", "--db", db, "--format", "jsonl");
        assertThat(jsonl.exit()).isZero();
        assertThat(jsonl.out()).isEmpty();
        assertThat(jsonl.err()).isEmpty();
        Cli table = Cli.run("forces", "wagner-group", "--db", db);
        assertThat(table.exit()).isZero();
        assertThat(table.out()).isEmpty();
        assertThat(table.err().lines()).hasSize(1).first().asString().contains("no force claims for wagner-group");
    }

    @Test
    void eventsCarryTheirChainAndAssessment() {
        Cli r = Cli.run("events", "--db", db, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> events = Contract.lines(r.out());
        assertThat(ids(events)).containsExactlyInAnyOrder(RETREAT, ASSAULT);
        assertThat(events).allSatisfy(e -> assertThat(Contract.violations("event", e)).as(e.toString()).isEmpty());
        JsonNode retreat = byId(events, RETREAT);
        assertThat(retreat.at("/attribution/1/text").asText()).isEqualTo("DEBKAfile's military sources");
        assertThat(retreat.at("/attribution/1/actor").isNull()).isTrue();
        assertThat(retreat.path("credibility").asInt()).isBetween(1, 6);
        assertThat(retreat.path("confidence").asDouble()).as("coding confidence 0.8 weighed by credibility").isBetween(0.4, 0.8);
        JsonNode claim = byId(Contract.lines(Cli.run("claims", "--db", db, "--format", "jsonl").out()), RETREAT);
        assertThat(retreat.path("credibility").asInt()).isEqualTo(claim.path("credibility").asInt());
        assertThat(retreat.path("corroboration").asInt()).isEqualTo(claim.path("corroboration").asInt());
        assertThat(retreat.path("confidence").asDouble()).isCloseTo(0.8 * (0.5 + 0.5 * claim.path("score").asDouble()),
                org.assertj.core.data.Offset.offset(0.011));

        List<JsonNode> filtered = Contract.lines(Cli.run("events", "--db", db, "--format", "jsonl", "--actor", "hezbollah").out());
        assertThat(ids(filtered)).containsExactly(RETREAT);
        assertThat(byId(filtered, RETREAT).path("credibility")).isEqualTo(retreat.path("credibility"));

        String csv = Cli.run("events", "--db", db, "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",corroboration,credibility");
    }

    @Test
    void aGradesFileChangesTheGrades(@TempDir Path tmp) throws IOException {
        Path grades = tmp.resolve("grades.tsv");
        Files.writeString(grades, "# our own grades\nid\tgrade\tnames\treason\ndebkafile\tE\tDEBKAfile|DEBKA\tunsourced exclusives\n");
        List<JsonNode> claims = Contract.lines(Cli.run("claims", "--db", db, "--format", "jsonl", "--outlet-grades", grades.toString()).out());
        assertThat(byId(claims, IRAN_25000).path("grade").asText()).isEqualTo("E");
        assertThat(byId(claims, IRAN_TO_700).path("grade").asText()).as("Reuters is no longer graded").isEqualTo("F");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims", "forces", "events"})
    void aMissingOrBadGradesFileFailsWithOneLineNamingIt(String command, @TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("nowhere.tsv");
        Cli r = run(command, "--outlet-grades", missing.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("faultline " + command + ": ").contains(missing.toString());

        Path bad = tmp.resolve("bad-grades.tsv");
        Files.writeString(bad, "id\tgrade\tnames\treason\nreuters\tZ\tReuters\twire\n");
        r = run(command, "--outlet-grades", bad.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains(bad.toString()).contains("line 2").contains("'Z'");
    }

    private static Cli run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        if (command.equals("forces")) all.add("iran");
        all.addAll(List.of("--db", db));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void anEmptyDatabaseSaysWhatToDo(@TempDir Path tmp) {
        String empty = tmp.resolve("empty.duckdb").toString();
        dev.faultline.store.adapters.Stores.duckdb(tmp.resolve("empty.duckdb")).close();
        Cli table = Cli.run("claims", "--db", empty);
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("No claims stored yet").contains("faultline analyze");
        assertThat(Cli.run("claims", "--db", empty, "--format", "jsonl").out()).isEmpty();
    }
}
