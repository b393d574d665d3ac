package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 7 and 8's acceptance on the seeds: who says what (the wounding claim, the Breitbart chains,
 * Iran's force figures) and the system they describe (the coalition against Israel and the United
 * States, the 2018 Hezbollah–Quds Force break, the 2019 Russia–Iran clashes, the knowledge base's
 * command and proxy relations), through the commands a user runs.
 */
@Tag("slow")
class SeedsSystemEndToEndTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        Path seeds = Shared.require("seeds");
        db = dir.resolve("seeds.duckdb").toString();
        Cli analyze = Cli.run("analyze", seeds.toString(), "--manifest", seeds.resolve("manifest.csv").toString(), "--db", db);
        assertThat(analyze.exit()).as(analyze.err()).isZero();
    }

    static List<JsonNode> jsonl(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db, "--format", "jsonl"));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return Contract.lines(r.out());
    }

    static List<String> ids(JsonNode group) {
        List<String> out = new ArrayList<>();
        group.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The NCRI itself or its committee that the report names (whose lineage leads to the NCRI). */
    @Test
    void theWoundingOfSoleimaniIsAReportedClaimOfTheNcrisCommittee() {
        List<JsonNode> claims = jsonl("claims");
        assertThat(claims).anyMatch(c -> c.path("type").asText().equals("ASSAULT")
                && c.at("/target/0/id").asText().equals("qassem-soleimani")
                && List.of("reported", "alleged").contains(c.path("modality").asText())
                && c.path("attribution").findValues("lineage").stream().anyMatch(l -> ids(l).contains("ncri")));
    }

    @Test
    void breitbartsEventsCarryTheirChainsBackToTheirSources() {
        List<String> chains = jsonl("claims").stream().filter(c -> c.path("outlet").asText().equals("Breitbart"))
                .map(c -> c.path("attribution").toString()).toList();
        assertThat(chains).anyMatch(c -> c.contains("the Jerusalem Post") && c.contains("Bas News") && c.contains("anonymous Syrian official"));
        assertThat(chains).anyMatch(c -> c.contains("\"id\":\"al-ahram\""));
    }

    @Test
    void iransForceFiguresComeWithTheirSources() {
        List<JsonNode> forces = jsonl("forces", "iran");
        assertThat(forces).extracting(f -> f.path("personnel").asLong()).contains(7000L, 700L, 25000L, 2500L);
        assertThat(forces).allSatisfy(f -> assertThat(f.path("attribution").size()).isPositive());
    }

    @Test
    void theKnowledgeBasesCommandAndProxyRelationsHold() {
        List<String> rs = jsonl("relations").stream()
                .map(r -> r.at("/a/id").asText() + " " + r.path("type").asText() + " " + r.at("/b/id").asText()).toList();
        assertThat(rs).contains("hezbollah proxy_of iran", "qassem-soleimani commands quds-force", "hassan-nasrallah leads hezbollah",
                "iran hostile russia");
        // Ahram's "clashes between Assad's allies Iran and Russia" is a direct act between the states, so their
        // hostility is no longer only rolled up from their forces; Hezbollah's break with the Quds Force still is
        // (Nasrallah against Soleimani).
        assertThat(jsonl("relations")).filteredOn(r -> r.at("/a/id").asText().equals("iran") && r.at("/b/id").asText().equals("russia")
                && r.path("basis").asText().equals("events")).singleElement()
                .satisfies(r -> assertThat(r.path("rolled_up").asBoolean()).isFalse())
                .satisfies(r -> assertThat(r.path("evidence").size()).isGreaterThanOrEqualTo(2));
        assertThat(jsonl("relations")).filteredOn(r -> r.at("/a/id").asText().equals("hezbollah") && r.at("/b/id").asText().equals("quds-force")
                && r.path("basis").asText().equals("events")).allSatisfy(r -> assertThat(r.path("rolled_up").asBoolean()).isTrue()).isNotEmpty();
    }

    @Test
    void theCoalitionStandsAgainstIsraelAndTheUnitedStates() {
        List<JsonNode> blocs = jsonl("blocs");
        assertThat(blocs).anyMatch(b -> {
            List<List<String>> groups = new ArrayList<>();
            b.path("groups").forEach(g -> groups.add(ids(g)));
            boolean coalition = groups.stream().anyMatch(g -> g.containsAll(List.of("iran", "hezbollah", "syria", "russia")));
            boolean against = groups.stream().anyMatch(g -> g.containsAll(List.of("israel", "united-states")) && !g.contains("iran"));
            return coalition && against;
        });
    }

    @Test
    void hezbollahBreaksWithTheQudsForceIn2018() {
        List<JsonNode> ruptures = jsonl("ruptures");
        assertThat(ruptures).allSatisfy(r -> assertThat(Contract.violations("rupture", r)).as(r.toString()).isEmpty());
        assertThat(ruptures).anyMatch(r -> r.at("/a/id").asText().equals("hezbollah") && r.at("/b/id").asText().equals("quds-force")
                && r.path("period").asText().startsWith("2018"));
    }

    @Test
    void theReportShowsTheSystemOfflineAndAllItsSections() throws IOException {
        Path html = dir.resolve("brief.html");
        Cli r = Cli.run("report", "--db", db, "--out", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("Ruptures").contains("Hezbollah").contains("Quds Force").contains("proxy_of").doesNotContain("<script");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
    }
}
