package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5's acceptance: the coalition's story in the seeds comes out as events, through `faultline events`. */
@Tag("slow")
class SeedsEventsEndToEndTest {
    @TempDir
    static Path dir;
    static String db;
    static Cli analyze;
    static List<JsonNode> events;

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        Path seeds = Shared.require("seeds");
        db = dir.resolve("seeds.duckdb").toString();
        analyze = Cli.run("analyze", seeds.toString(), "--manifest", seeds.resolve("manifest.csv").toString(), "--db", db);
        events = Contract.lines(Cli.run("events", "--db", db, "--format", "jsonl").out());
    }

    static Predicate<JsonNode> by(String side, String actor) {
        return e -> {
            for (JsonNode a : e.path(side)) {
                for (JsonNode l : a.path("lineage")) if (l.asText().equals(actor)) return true;
            }
            return false;
        };
    }

    static List<JsonNode> of(String type) {
        return events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
    }

    @Test
    void everyEventHasTheContractsShapeAndAnalyzeSummarisesThem() {
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).containsPattern("Events: +\\d+: ").contains("Top dyads:");
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(events).allSatisfy(e -> assertThat(Contract.violations("event", e)).as(e.toString()).isEmpty());
    }

    @Test
    void hezbollahPullsItsTroopsBackAndIgnoresSoleimanisOrders() {
        JsonNode retreat = of("RETREAT").stream().filter(by("source", "hezbollah")).filter(e -> e.path("text").asText().contains("pulled back"))
                .findFirst().orElseThrow(() -> new AssertionError(of("RETREAT").toString()));
        assertThat(retreat.at("/size/personnel").asLong()).isEqualTo(5000);
        assertThat(retreat.at("/date/value").asText()).isEqualTo("2018-09");
        assertThat(of("REJECT")).filteredOn(by("source", "hezbollah")).filteredOn(by("target", "quds-force")).isNotEmpty();
    }

    @Test
    void assadDemandsAndIranDeploysAndIsraelStrikes() {
        assertThat(of("REQUEST")).filteredOn(by("source", "syria")).isNotEmpty();
        assertThat(of("MOBILIZE")).filteredOn(by("source", "iran")).anySatisfy(e -> assertThat(e.at("/size/personnel").asLong()).isEqualTo(25000));
        assertThat(of("ASSAULT")).filteredOn(by("source", "israel")).isNotEmpty();
        assertThat(of("CONSULT")).filteredOn(by("source", "quds-force")).isNotEmpty();   // Soleimani's visits
    }

    @Test
    void filtersSelectByActorLineageTypeAndDate() {
        List<JsonNode> iran = Contract.lines(Cli.run("events", "--db", db, "--format", "jsonl", "--actor", "iran").out());
        assertThat(iran).isNotEmpty().allMatch(by("source", "iran").or(by("target", "iran")));
        assertThat(iran).anyMatch(by("source", "quds-force"));
        List<JsonNode> y2019 = Contract.lines(Cli.run("events", "--db", db, "--format", "jsonl", "--since", "2019-01", "--until", "2019").out());
        assertThat(y2019).isNotEmpty().allMatch(e -> e.at("/date/value").asText().startsWith("2019"));
        List<JsonNode> assaults = Contract.lines(Cli.run("events", "--db", db, "--format", "jsonl", "--type", "ASSAULT").out());
        assertThat(assaults).isNotEmpty().allMatch(e -> e.path("type").asText().equals("ASSAULT"));
        String csv = Cli.run("events", "--db", db, "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,date,date_precision");
        assertThat(csv.lines().count()).isGreaterThan(events.size());   // quoted multi-line text never splits fewer rows
        Cli bad = Cli.run("events", "--db", db, "--since", "last week");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--since").contains("last week");
    }

    @Test
    void claimsAndForceClaimsOfTheSeedsHaveTheContractsShape() {
        List<JsonNode> claims = Contract.lines(Cli.run("claims", "--db", db, "--format", "jsonl").out());
        assertThat(claims).hasSizeGreaterThan(events.size());
        assertThat(claims).allSatisfy(c -> assertThat(Contract.violations("claim", c)).as(c.toString()).isEmpty());
        assertThat(events).allSatisfy(e -> assertThat(e.path("credibility").asInt()).isBetween(1, 6));
        List<JsonNode> iran = Contract.lines(Cli.run("forces", "iran", "--db", db, "--format", "jsonl").out());
        assertThat(iran).allSatisfy(f -> assertThat(Contract.violations("force", f)).as(f.toString()).isEmpty());
        assertThat(iran).anySatisfy(f -> {
            assertThat(f.path("personnel").asLong()).isEqualTo(25000);
            assertThat(f.path("estimate").asText()).isEqualTo("at_least");
        });
        assertThat(iran).as("the IRGC belongs to Iran").anySatisfy(f -> assertThat(f.at("/actor/id").asText()).isEqualTo("irgc"));
        assertThat(Cli.run("forces", "iran", "--db", db).out()).contains("≥ 25,000");
    }
}
