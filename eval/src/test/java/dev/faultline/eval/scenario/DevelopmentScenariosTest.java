package dev.faultline.eval.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's development scenarios (eval/scenarios/NAME) stay well formed: every facts.json reads, and
 * the reports sources.txt builds are the reports manifest.csv names (scripts/scenarios.py puts them together).
 */
class DevelopmentScenariosTest {
    static final Path SCENARIOS = Path.of("scenarios");

    @Test
    void everyScenarioReadsAndItsManifestNamesTheReportsItsSourcesBuild() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).extracting(d -> d.getFileName().toString()).contains("seeds", "lebanon-1987", "gulf-1987", "mideast-2024", "venezuela-2024");
        for (Path dir : dirs) {
            ScenarioFacts facts = ScenarioFacts.read(dir.resolve("facts.json"));
            assertThat(facts.facts().size()).as(dir.toString()).isGreaterThanOrEqualTo(15);
            TreeSet<String> built = sources(dir.resolve("sources.txt"));
            assertThat(built).as(dir + ": reports").hasSizeGreaterThanOrEqualTo(5);
            Path manifest = dir.resolve("manifest.csv");
            if (Files.exists(manifest)) assertThat(manifestFiles(manifest)).as(dir.toString()).isEqualTo(built);
        }
    }

    private static TreeSet<String> sources(Path file) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.replaceFirst("#.*", "").strip();
            if (l.isEmpty()) continue;
            String[] parts = l.split("\\s+", 3);
            assertThat(parts).as(file + ": " + line).hasSize(3);
            assertThat(parts[1]).as(file + ": " + line).isIn("seeds", "reuters", "cnn");
            out.add(parts[0]);
        }
        return out;
    }

    private static TreeSet<String> manifestFiles(Path manifest) throws IOException {
        List<String> files = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(manifest);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) files.add(rec.get("file"));
        }
        assertThat(files).as(manifest + ": one row a report").doesNotHaveDuplicates();
        return new TreeSet<>(files);
    }
}
