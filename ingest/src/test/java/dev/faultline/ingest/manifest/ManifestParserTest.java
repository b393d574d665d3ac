package dev.faultline.ingest.manifest;

import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestParserTest {
    @TempDir
    Path dir;

    private ManifestResult parse(String csv) throws IOException {
        Path m = dir.resolve("manifest.csv");
        Files.writeString(m, csv);
        return new ManifestParser().parse(m);
    }

    @Test
    void badRowsAreReportedByRowNumberAndGoodRowsApply() throws IOException {
        ManifestResult r = parse("""
                title,file,published,outlet,url
                "Raids near Damascus, again",sub/a.txt,2019,Wire,https://x.example/a
                ,b.txt,2018-07,Wire,
                c.txt,,2018-07,Wire,
                "No file",,2018,Wire,
                d.txt,e.txt,July 2018,Wire,
                f.txt,g.txt
                """);
        assertThat(r.manifest().entries()).extracting(ManifestEntry::file).containsExactly("sub/a.txt", "b.txt");
        assertThat(r.problems()).extracting(Problem::where).allMatch(w -> w.contains("manifest.csv row "));
        assertThat(r.problems()).extracting(p -> p.where().replaceAll(".* row ", "")).containsExactly("4", "5", "6", "7");
        assertThat(r.problems().get(2).message()).contains("'July 2018'");
        assertThat(r.problems().get(3).message()).contains("2 columns");
        assertThat(r.problems()).allMatch(p -> p.severity() == Problem.Severity.SKIPPED);
    }

    @Test
    void matchesByRelativePathThenByFileNameAndOverridesMetadata() throws IOException {
        Manifest m = parse("file,outlet,published\nsub/a.txt,Wire A,2019-02-03\nb.txt,Wire B,2018\n").manifest();
        assertThat(m.entryFor(dir.resolve("sub/a.txt"))).get().extracting(ManifestEntry::outlet).isEqualTo("Wire A");
        assertThat(m.entryFor(dir.resolve("other/a.txt"))).get().extracting(ManifestEntry::outlet).isEqualTo("Wire A");
        assertThat(m.entryFor(Path.of("/elsewhere/b.txt"))).get().extracting(ManifestEntry::outlet).isEqualTo("Wire B");
        assertThat(m.entryFor(dir.resolve("c.txt"))).isEmpty();
        RawReport raw = new RawReport(new Source("b.txt", Source.Format.HTML, 0), "Own title", "body", "https://own", "Own outlet", "2017-01-01", List.of());
        RawReport applied = Manifest.apply(m.entryFor(dir.resolve("b.txt")).orElseThrow(), raw);
        assertThat(applied.outlet()).isEqualTo("Wire B");
        assertThat(applied.published()).isEqualTo("2018");
        assertThat(applied.title()).isEqualTo("Own title");
        assertThat(applied.url()).isEqualTo("https://own");
    }

    @Test
    void aManifestWithoutAFileColumnIsOneClearProblem() throws IOException {
        ManifestResult r = parse("name;source;date\na.txt;Wire;2018\n");
        assertThat(r.manifest().entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no usable header"));
        assertThat(new ManifestParser().parse(dir.resolve("absent.csv")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("manifest not found"));
    }
}
