package dev.faultline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch mixing good reports with each kind of bad input: the good are stored, each bad one is named once. */
class BadInputEndToEndTest {

    @Test
    void goodReportsAreStoredAndEachBadInputIsNamedOnce(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Rebels shell army post\n\nRebel fighters shelled an army post near Daraa on Monday, killing three soldiers, a monitoring group said. The army responded with artillery fire on rebel-held villages.\n");
        Files.writeString(in.resolve("good.html"), "<html><head><title>Strike in Idlib</title></head><body><article><p>Warplanes struck a market in Idlib province on Tuesday, killing at least nine people, rescue workers said. The government denied that its aircraft had hit civilian areas.</p></article></body></html>");
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0});
        Files.writeString(in.resolve("empty.txt"), "   \n\n");
        Files.write(in.resolve("latin1.txt"), "Un rapport sur la r\u00e9gion\n\nLes forces gouvernementales ont repris la ville apr\u00e8s des combats.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("broken.html"), "<html><body><div><p>Unclosed <b>tags <i>everywhere");
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.html").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Files.writeString(in.resolve("wire.jsonl"), "{\"title\": \"Clashes in Tal Abyad\", \"text\": \"Fighting broke out between Turkish-backed factions and Kurdish forces near Tal Abyad on Wednesday, residents said. At least four fighters were killed in the clashes.\"}\n{not json\n");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "file,outlet,published\ngood.txt,Southern Front News,2019-04-02\ngood.html,Idlib Observer,not-a-date\n");

        String db = dir.resolve("f.duckdb").toString();
        Cli before = Cli.run("ingest", Shared.project().resolve("examples/reports").toString(), "--db", db);
        assertThat(before.exit()).as(before.err()).isZero();

        Cli r = Cli.run("ingest", in.toString(), in.resolve("missing.txt").toString(), "--manifest", manifest.toString(), "--db", db);
        assertThat(r.exit()).as("inputs were skipped").isEqualTo(Faultline.FAILURE);
        for (String bad : new String[] {"binary.txt", "empty.txt", "huge.html", "missing.txt", "wire.jsonl#2", "manifest.csv"}) {
            assertThat(r.err().lines().filter(l -> l.contains(bad))).as("one line names %s in:%n%s", bad, r.err()).hasSize(1);
        }
        assertThat(r.err()).contains("50.0 MB");

        String listing = Cli.run("articles", "--db", db).out();
        assertThat(listing).contains("Rebels shell army post").contains("Strike in Idlib").contains("Clashes in Tal Abyad")
                .contains("Southern Front News");
        assertThat(listing.lines().filter(l -> l.contains("Hezbollah pulls fighters back"))).as("nothing stored earlier is lost or duplicated").hasSize(1);
    }

    @Test
    void aSkippedReportInsideAReadFileStillSetsTheExitCode(@TempDir Path dir) throws IOException {
        Path wire = dir.resolve("wire.jsonl");
        Files.writeString(wire, "{\"title\": \"Clashes in Tal Abyad\", \"text\": \"Fighting broke out between Turkish-backed factions and Kurdish forces near Tal Abyad on Wednesday, residents said.\"}\n{\"title\": \"no text field\"}\n");
        Cli r = Cli.run("ingest", wire.toString(), "--db", dir.resolve("f.duckdb").toString());
        assertThat(r.exit()).isEqualTo(Faultline.FAILURE);
        assertThat(r.err()).contains("wire.jsonl#2").contains("1 article");
    }
}
