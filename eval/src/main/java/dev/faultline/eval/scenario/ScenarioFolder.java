package dev.faultline.eval.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scenario folder: reports, a {@code manifest.csv} in the format {@code analyze} reads, and a
 * {@code facts.json}. The reports are the files the manifest's {@code file} column names, relative to
 * the folder; a manifest without that column leaves them to be every file of the folder but the
 * manifest, the facts and any README. Read whole before anything is analysed, so a missing report
 * or a bad fact fails at once, naming the file.
 */
public record ScenarioFolder(Path dir, Path manifest, List<Path> reports, ScenarioFacts facts) {
    public static final String MANIFEST = "manifest.csv", FACTS = "facts.json";

    public ScenarioFolder {
        reports = List.copyOf(reports);
    }

    public static ScenarioFolder read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder (a scenario is a folder of reports with " + MANIFEST + " and " + FACTS + ")");
        Path manifest = dir.resolve(MANIFEST), facts = dir.resolve(FACTS);
        for (Path p : List.of(manifest, facts)) if (!Files.isRegularFile(p)) throw new IOException(dir + " has no " + p.getFileName());
        List<Path> reports = reports(dir, manifest);
        if (reports.isEmpty()) throw new IOException(manifest + " names no reports");
        return new ScenarioFolder(dir, manifest, reports, ScenarioFacts.read(facts));
    }

    private static List<Path> reports(Path dir, Path manifest) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
        try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            if (!p.getHeaderMap().containsKey("file")) return everyFile(dir);
            Set<Path> out = new LinkedHashSet<>();
            for (CSVRecord rec : p) {
                String name = rec.isMapped("file") && rec.isSet("file") ? rec.get("file") : "";
                if (name.isBlank()) continue;
                Path report = dir.resolve(name).normalize();
                if (!report.startsWith(dir.normalize()) || !Files.isRegularFile(report)) {
                    throw new IOException(manifest + ":" + (rec.getRecordNumber() + 1) + ": no report " + name + " in " + dir);
                }
                out.add(report);
            }
            return new ArrayList<>(out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(manifest + ": not a manifest: " + e.getMessage(), e);
        }
    }

    private static List<Path> everyFile(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.equals(MANIFEST) && !n.equals(FACTS) && !n.startsWith("README");
            }).sorted().toList();
        }
    }
}
