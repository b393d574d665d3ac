package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** relations, dyad, ruptures and blocs on a real DuckDB file, checked against the contract's schemas. */
class AllianceCommandsTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void store() {
        db = ClaimsFixture.store(dir);
    }

    @Test
    void relationsComeFromTheKnowledgeBaseAndFromEventsInTheContractsShape() {
        Cli r = Cli.run("relations", "--db", db, "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> rs = Contract.lines(r.out());
        assertThat(rs).allSatisfy(x -> assertThat(Contract.violations("relation", x)).as(x.toString()).isEmpty());
        assertThat(rs).anyMatch(x -> x.at("/type").asText().equals("proxy_of") && x.at("/a/id").asText().equals("hezbollah")
                && x.at("/b/id").asText().equals("iran") && x.at("/basis").asText().equals("knowledge"));
        assertThat(rs).anyMatch(x -> x.at("/type").asText().equals("hostile") && x.at("/basis").asText().equals("events")
                && x.at("/evidence/0").asText().equals(ClaimsFixture.ASSAULT));
    }

    @Test
    void theTableCitesTheKnowledgeBaseAndExplainsRollUpOnlyWhenThereIsSome() {
        Cli r = Cli.run("relations", "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("hezbollah +proxy_of +iran .*Wikipedia: Hezbollah");
        assertThat(r.out()).as("the fixture's only event is between two states, so nothing is rolled up").doesNotContain("rolled up");
    }

    @Test
    void aDyadIsASeriesPerPeriod() {
        Cli r = Cli.run("dyad", "israel", "iran", "--db", db, "--format", "json", "--by", "quarter");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode d = Contract.parse(r.out().strip());
        assertThat(Contract.violations("dyad", d)).isEmpty();
        assertThat(d.at("/series/0/period").asText()).isEqualTo("2018-Q4");
        assertThat(d.at("/series/0/conflict").asDouble()).isNegative();
    }

    @Test
    void aDyadOfAnActorTheReportsDoNotNameIsAClearError() {
        Cli r = Cli.run("dyad", "israel", "atlantis", "--db", db);
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err()).contains("atlantis");
    }

    @Test
    void blocsFollowTheirSchemaAndAPairWithoutATurnIsNoRupture() {
        Cli r = Cli.run("ruptures", "--db", db, "--format", "jsonl", "--alpha", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Contract.lines(r.out())).as("the fixture's pairs have one act each").isEmpty();
        Cli b = Cli.run("blocs", "--db", db, "--format", "jsonl");
        assertThat(b.exit()).as(b.err()).isZero();
        List<JsonNode> blocs = Contract.lines(b.out());
        assertThat(blocs).isNotEmpty().allSatisfy(x -> assertThat(Contract.violations("bloc", x)).as(x.toString()).isEmpty());
    }

    @Test
    void aBadAlphaIsAUsageError() {
        Cli r = Cli.run("ruptures", "--db", db, "--alpha", "0");
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
    }
}
