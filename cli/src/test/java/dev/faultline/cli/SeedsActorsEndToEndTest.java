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
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's acceptance: `faultline analyze` then `faultline actors` on the five seed reports. */
@Tag("slow")
class SeedsActorsEndToEndTest {
    @TempDir
    static Path dir;
    static Cli analyze;
    static Cli again;
    static List<JsonNode> actors;
    static String table;

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        Path seeds = Shared.require("seeds");
        List<String> args = new ArrayList<>(List.of("analyze"));
        try (Stream<Path> files = Files.list(seeds)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        String db = dir.resolve("seeds.duckdb").toString();
        args.addAll(List.of("--manifest", seeds.resolve("manifest.csv").toString(), "--db", db));
        analyze = Cli.run(args.toArray(String[]::new));
        again = Cli.run(args.toArray(String[]::new));
        actors = Contract.lines(Cli.run("actors", "--db", db, "--format", "jsonl").out());
        table = Cli.run("actors", "--db", db).out();
    }

    @Test
    void analyzesEveryReportAndASecondRunChangesNothing() {
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("Analysed:  5 articles");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Analysed:  0 articles (5 already up to date)");
        assertThat(actors).allSatisfy(a -> assertThat(Contract.violations("actor", a)).as(a.toString()).isEmpty());
        assertThat(table).contains("ACTOR").contains("hezbollah");
    }

    @Test
    void oneHezbollahWithAllItsSpellingsAndOneQudsForce() {
        assertThat(actors.stream().filter(a -> a.at("/actor/name").asText().toLowerCase().contains("hezbollah")))
                .extracting(a -> a.at("/actor/id").asText()).containsExactly("hezbollah");
        assertThat(spellings("hezbollah")).contains("Hizballah", "Hezbollah", "Hizbollah");
        assertThat(actor("quds-force")).isPresent();
        assertThat(spellings("quds-force")).anyMatch(s -> s.contains("Qods"));
    }

    @Test
    void peopleHaveTheirLineage() {
        assertThat(lineage("qassem-soleimani")).containsExactly("qassem-soleimani", "quds-force", "irgc", "iran");
        assertThat(lineage("hassan-nasrallah")).contains("hezbollah");
        assertThat(lineage("amir-hatami")).endsWith("iran");
        assertThat(lineage("mohammad-javad-zarif")).endsWith("iran");
        assertThat(lineage("sergei-shoigu")).endsWith("russia");
        assertThat(lineage("vladimir-putin")).endsWith("russia");
        assertThat(lineage("bashar-al-assad")).endsWith("syria");
        assertThat(lineage("benjamin-netanyahu")).endsWith("israel");
        assertThat(lineage("mike-pompeo")).endsWith("united-states");
        assertThat(lineage("john-bolton")).endsWith("united-states");
    }

    @Test
    void noActorIsMadeFromACommonWord() {
        List<String> candidates = actors.stream().filter(a -> a.at("/actor/origin").asText().equals("candidate"))
                .flatMap(a -> {
                    List<String> s = new ArrayList<>();
                    a.get("spellings").forEach(x -> s.add(x.asText()));
                    return s.stream();
                }).toList();
        for (String c : candidates) {
            assertThat(c).as("candidate actor '%s'", c).matches(".*\\p{Lu}.*");
            assertThat(c.toLowerCase()).as("candidate actor '%s'", c)
                    .isNotIn("the", "he", "she", "it", "they", "comments", "print", "email", "reply", "according", "sources",
                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        }
    }

    static Optional<JsonNode> actor(String id) {
        return actors.stream().filter(a -> a.at("/actor/id").asText().equals(id)).findFirst();
    }

    static List<String> spellings(String id) {
        List<String> out = new ArrayList<>();
        actor(id).orElseThrow(() -> new AssertionError("no actor " + id + " among " + ids())).get("spellings").forEach(s -> out.add(s.asText()));
        return out;
    }

    static List<String> lineage(String id) {
        List<String> out = new ArrayList<>();
        actor(id).orElseThrow(() -> new AssertionError("no actor " + id + " among " + ids())).at("/actor/lineage").forEach(s -> out.add(s.asText()));
        return out;
    }

    static List<String> ids() {
        return actors.stream().map(a -> a.at("/actor/id").asText()).toList();
    }
}
