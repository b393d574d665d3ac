package dev.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `faultline eval`: usage errors, and the re3d suite on a fixture the test writes and on one real source. */
class EvalEndToEndTest {
    @Test
    void anUnknownSuiteIsBadUsageAndMissingDataAFailure(@TempDir Path dir) {
        Cli unknown = Cli.run("eval", "nosuch", "--data", dir.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown suite 'nosuch'").contains("re3d");
        Cli missing = Cli.run("eval", "re3d", "--data", dir.resolve("absent").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no data at").contains("absent");
        assertThat(Cli.run("eval", "--help").out()).contains("--data", "--out");
        assertThat(Cli.run("bench", "--help").out()).contains("--corpora", "--actor-articles");
    }

    @Test
    @Tag("slow")
    void re3dScoresEveryTypeAndWritesTheReport(@TempDir Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("data/wire"));
        String text = "Hassan Nasrallah said on Tuesday that Hezbollah fighters would stay in Syria. "
                + "Two helicopters dropped barrel bombs on the town.";
        Files.writeString(source.resolve("documents.json"), "\uFEFF{\"_id\": \"d1\", \"title\": \"t\", \"text\": " + quote(text)
                + ", \"sourceName\": \"wire\", \"sourceUrl\": \"x\"}\n");
        Files.writeString(source.resolve("entities.json"), String.join("\n",
                entity(text, "Hassan Nasrallah", "Person"), entity(text, "Hezbollah fighters", "Organisation"),
                entity(text, "Syria", "Location"), entity(text, "Tuesday", "Temporal"), entity(text, "helicopters", "MilitaryPlatform"),
                entity(text, "barrel bombs", "Weapon"), entity(text, "Two", "Quantity")) + "\n");
        Files.writeString(source.resolve("relations.json"), "");
        Path out = dir.resolve("report.json");

        Cli r = Cli.run("eval", "re3d", "--data", dir.resolve("data").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("entities_f1.Person");
        JsonNode report = Contract.parse(Files.readString(out));
        for (String type : new String[] {"Person", "Organisation", "Location", "Nationality", "Temporal", "Quantity", "Weapon", "MilitaryPlatform"}) {
            assertThat(report.has("entities_f1." + type)).as(type).isTrue();
        }
        assertThat(report.get("n").asInt()).isEqualTo(1);
        assertThat(report.get("entities_f1.Person").asDouble()).isEqualTo(1.0);
        assertThat(report.get("entities_f1.Weapon").asDouble()).isEqualTo(1.0);
        assertThat(report.get("cases")).hasSize(1);
    }

    @Test
    @Tag("slow")
    void re3dOnARealSourceScoresPeopleWell(@TempDir Path dir) {
        Path bbc = Shared.require("eval/re3d/bbc-online");
        Cli r = Cli.run("eval", "re3d", "--data", bbc.toString(), "--out", dir.resolve("r.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = Contract.parse(readUnchecked(dir.resolve("r.json")));
        assertThat(report.get("entities_f1.Person").asDouble()).isGreaterThan(0.6);
        assertThat(report.get("entities_f1").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void petrarchUnitTestsRunWithTheirOwnDictionaries(@TempDir Path dir) throws IOException {
        Path petrarch = Shared.require("eval/petrarch");
        // Only the unit-test records and their dictionaries: the PETRARCH-2 records would need the full pipeline.
        try (var files = Files.list(petrarch)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("PETR.")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path out = dir.resolve("petrarch.json");
        Cli r = Cli.run("eval", "petrarch", "--data", dir.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = Contract.parse(Files.readString(out));
        assertThat(report.get("n").asInt()).isGreaterThan(250);
        // Measured 0.911 recall at 0.906 precision (EVALUATION.md); the issue asks 0.70 at 0.80.
        assertThat(report.get("events_recall").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.get("events_precision").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.get("noevent_correct").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.has("gsr_events_recall")).isFalse();
        assertThat(report.get("cases").get(0).has("expected")).isTrue();
    }

    @Test
    @Tag("slow")
    void petrarchReportsThePetrarch2RecordsSeparately(@TempDir Path dir) throws IOException {
        Path petrarch = Shared.require("eval/petrarch");
        Path out = dir.resolve("petrarch.json");
        Cli r = Cli.run("eval", "petrarch", "--data", petrarch.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = Contract.parse(Files.readString(out));
        long gsr = 0;
        for (JsonNode c : report.get("cases")) if (c.path("set").asText().equals("gsr")) gsr++;
        assertThat(gsr).isGreaterThan(50);
        assertThat(report.has("gsr_events_recall")).isTrue();
        assertThat(report.get("events_recall").asDouble()).isGreaterThanOrEqualTo(0.85);
    }

    private static String entity(String text, String value, String type) {
        int b = text.indexOf(value);
        return "{\"documentId\": \"d1\", \"begin\": " + b + ", \"end\": " + (b + value.length()) + ", \"type\": \"" + type
                + "\", \"value\": " + quote(value) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String readUnchecked(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
