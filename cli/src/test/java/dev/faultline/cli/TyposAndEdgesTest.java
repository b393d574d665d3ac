package dev.faultline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's typos and edges: a mistyped store path, actor or manifest says so instead of answering from an empty
 * store; export never writes through a link; --verbose gives a problem's cause. Each failed on the code before.
 */
class TyposAndEdgesTest {
    @ParameterizedTest
    @ValueSource(strings = {"articles", "events", "claims", "actors", "ruptures", "relations", "blocs"})
    void aReadCommandOnAStoreThatDoesNotExistNamesItAndCreatesNothing(String command, @TempDir Path dir) {
        Path typo = dir.resolve("faultlin.duckdb");
        Cli r = Cli.run(command, "--db", typo.toString());
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("no store at " + typo.toAbsolutePath()).contains("does not exist");
        assertThat(typo).doesNotExist();
    }

    @Test
    void anActorIsFoundByNameOrAliasAndATypoGetsSuggestions(@TempDir Path dir) {
        String db = dev.faultline.cli.export.ExportFixture.store(dir);
        Cli byId = Cli.run("events", "--db", db, "--actor", "hezbollah");
        Cli byName = Cli.run("events", "--db", db, "--actor", "HEZBOLLAH ");
        assertThat(byId.exit()).isZero();
        assertThat(byId.out()).doesNotContain("No events match");
        assertThat(byName.exit()).isZero();
        assertThat(byName.out()).isEqualTo(byId.out());

        Cli typo = Cli.run("events", "--db", db, "--actor", "Hezbolah");
        assertThat(typo.exit()).isEqualTo(Faultline.USAGE);
        assertThat(typo.err()).contains("no actor 'Hezbolah' in the store; did you mean hezbollah (Hezbollah)");
        assertThat(typo.out()).isEmpty();

        Cli forces = Cli.run("forces", "--db", db, "the IRGC");
        assertThat(forces.exit()).isZero();
        assertThat(forces.out()).contains("irgc");
    }

    @Test
    void aMissingManifestStopsTheCommandBeforeAnythingIsStored(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), "Fighting was reported near the border on Monday, officials said.");
        Path db = dir.resolve("store.duckdb");
        Cli r = Cli.run("ingest", reports.toString(), "--manifest", dir.resolve("manifest.cvs").toString(), "--db", db.toString());
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
        assertThat(r.err()).contains("--manifest").contains("manifest.cvs does not exist").contains("nothing was stored");
        assertThat(db).doesNotExist();
    }

    @Test
    void exportReplacesALinkInItsFolderInsteadOfWritingThroughIt(@TempDir Path dir) throws IOException {
        String db = ClaimsFixture.store(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Files.createSymbolicLink(out.resolve("events.csv"), outside);

        Cli r = Cli.run("export", "--db", db, "--out", out.toString(), "--format", "csv");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(outside)).isEqualTo("keep me\n");
        assertThat(Files.isSymbolicLink(out.resolve("events.csv"))).isFalse();
        assertThat(Files.readString(out.resolve("events.csv"))).startsWith("id,date");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void verboseGivesEachProblemItsCause(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("good.txt"), "Fighting was reported near the border on Monday, officials said.");
        Files.writeString(reports.resolve("broken.jsonl"), "{\"body\": \"unterminated\n");
        String db = dir.resolve("store.duckdb").toString();
        Cli plain = Cli.run("ingest", reports.toString(), "--db", db);
        Cli verbose = Cli.run("ingest", reports.toString(), "--db", db, "--verbose");
        assertThat(plain.err()).contains("broken.jsonl").doesNotContain("(cause: ");
        assertThat(verbose.err()).contains("broken.jsonl").contains("(cause: ");
    }
}
