package dev.faultline.cli.report;

import dev.faultline.cli.Faultline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `faultline report` on a real DuckDB file of hand-coded reports, with a hand-made TopoJSON for the map. */
class ReportCommandTest {
    static final List<String> SECTIONS = List.of("corpus", "actors", "alliances", "ruptures", "timeline", "map", "forces", "dyads");
    /** A reference that would make a browser fetch something: src/href to http:, https: or //, or url(...) to them. */
    static final Pattern EXTERNAL = Pattern.compile("(?i)(?:\\b(?:src|href|xlink:href|srcset|action|data)\\s*=\\s*[\"']?\\s*(?:https?:|//))"
            + "|(?:url\\(\\s*[\"']?\\s*(?:https?:|//))|(?:@import)");

    @TempDir
    static Path dir;
    static String db;
    static Path atlas;

    @BeforeAll
    static void storeTheReports() {
        db = ReportFixture.store(dir);
        atlas = ReportFixture.topology(dir);
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Faultline.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String html(String name, String... more) throws IOException {
        Path file = dir.resolve(name);
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[]{"report", "--db", db, "--out", file.toString(), "--world-atlas=" + atlas}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        Run r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theHtmlParsesAndHasEverySection() throws IOException {
        String html = html("brief.html");
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("Faultline brief");
        for (String id : SECTIONS) {
            Element s = doc.getElementById(id);
            assertThat(s).as(id).isNotNull();
            assertThat(s.tagName()).isEqualTo("section");
            assertThat(s.selectFirst("h2")).as(id).isNotNull();
        }
        assertThat(doc.select("section h2").eachText()).containsExactly("1. Corpus", "2. Actors", "3. Alliance structure", "4. Ruptures",
                "5. Timeline", "6. Map", "7. Order of battle", "8. Dyads");
        assertThat(doc.getElementById("corpus").text()).contains("Articles 3", "Events 4", "Force claims 3", "Reuters (1)");
        assertThat(doc.getElementById("actors").select("tbody tr").eachText()).anyMatch(t -> t.startsWith("Hezbollah") && t.contains("LBN"));
        assertThat(doc.select("#timeline svg.timeline rect.conflict")).isNotEmpty();
        assertThat(doc.select("#timeline svg.timeline rect.cooperation")).isNotEmpty();
        assertThat(doc.select("#dyads figure svg.balance")).isNotEmpty();
    }

    @Test
    void theAllianceSectionShowsTheKnowledgeBasesRelationsAndTheBlocs() throws IOException {
        Document doc = Jsoup.parse(html("alliances.html"));
        Element s = doc.getElementById("alliances");
        List<String> rows = s.select("tr").eachText();
        assertThat(rows).anyMatch(t -> t.startsWith("Hezbollah proxy_of Iran"));
        assertThat(rows).anyMatch(t -> t.startsWith("Israel hostile Iran") || t.startsWith("Iran hostile Israel"));
        assertThat(s.select(".bloc")).isNotEmpty();
        assertThat(s.text()).contains("Blocs of the latest period, 2018-");
    }

    @Test
    void theOrderOfBattleShowsFiguresSourcesAndContradictions() throws IOException {
        Element s = Jsoup.parse(html("forces.html")).getElementById("forces");
        assertThat(s.text()).contains("Iran", "≥ 25,000", "at least 25,000 Shiite fighters", "DEBKAfile", "→ 700", "a senior Israeli official");
        assertThat(s.select("table").last().select("tbody tr").eachText())
                .anyMatch(t -> t.contains("25,000") && t.contains("700"));
    }

    @Test
    void nothingIsFetchedAndNoScriptRuns() throws IOException {
        String html = html("offline.html");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        var external = EXTERNAL.matcher(html);
        assertThat(external.find() ? external.group() : null).as("an external reference").isNull();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//"))
                        .as(e.tagName() + " " + a.getKey() + "=" + v).isFalse();
                if (a.getKey().startsWith("on")) throw new AssertionError("an event handler: " + e.tagName() + " " + a);
            }
        }
        assertThat(doc.select("link, img, iframe, object, embed, audio, video, source")).isEmpty();
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void untrustedTextIsEscapedNotMarkup() throws IOException {
        String html = html("escaped.html");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getElementById("actors").text()).contains(ReportFixture.SCRIPT + " Brigade");
        assertThat(doc.getElementById("corpus").text()).contains("Evil " + ReportFixture.SCRIPT + " News");
        assertThat(doc.getElementById("timeline").text()).contains("shouting " + ReportFixture.SCRIPT + " at dawn");
        assertThat(doc.select("#map circle title").eachText()).anyMatch(t -> t.contains(ReportFixture.SCRIPT));
    }

    @Test
    void theMapDrawsTheCountriesAroundTheEventsAndACirclePerLocatedEvent() throws IOException {
        Element map = Jsoup.parse(html("map.html")).getElementById("map");
        Element svg = map.selectFirst("svg.map");
        assertThat(svg).isNotNull();
        assertThat(svg.select("path.country > title").eachText()).contains("Testland", "Westland").doesNotContain("Farland");
        assertThat(svg.select("path.country").eachAttr("d")).allMatch(d -> d.startsWith("M") && d.endsWith("Z"));
        assertThat(svg.select("circle")).hasSize(ReportFixture.LOCATED);
        assertThat(svg.select("circle.q4")).hasSize(2);   // the strike and the shelling: material conflict
        assertThat(svg.select("circle.q2")).hasSize(1);   // the delivery of weapons: material cooperation
        assertThat(svg.select("circle > title").eachText()).anyMatch(t -> t.contains("Damascus") && t.contains("Israel → Iran"));
        assertThat(map.select(".problem")).isEmpty();
        assertThat(map.text()).contains("3 located events; 1 without coordinates");
    }

    @Test
    void withoutTheOutlinesTheMapSaysHowToGetThemAndTheReportStillRenders() throws IOException {
        Path file = dir.resolve("no-atlas.html");
        Run r = run("report", "--db", db, "--out", file.toString(), "--world-atlas", dir.resolve("missing.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("fetch-world-atlas.sh");
        Document doc = Jsoup.parse(Files.readString(file));
        Element map = doc.getElementById("map");
        assertThat(map.select(".problem").text()).contains("scripts/fetch-world-atlas.sh");
        assertThat(map.select("path.country")).isEmpty();
        assertThat(map.select("circle")).hasSize(ReportFixture.LOCATED);
        assertThat(doc.getElementById("dyads")).isNotNull();
    }

    @Test
    void aBrokenOutlineFileIsSaidAndTheReportStillRenders() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"Topology\", \"arcs\": [[[0, 0]]], \"objects\": "
                + "{\"countries\": {\"type\": \"Polygon\", \"arcs\": [[7]]}}}");
        Path file = dir.resolve("broken.html");
        Run r = run("report", "--db", db, "--out", file.toString(), "--world-atlas", broken.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Jsoup.parse(Files.readString(file)).getElementById("map").select(".problem").text()).contains("arc 7 out of range");
    }

    @Test
    void theMarkdownHasTheSectionsAndEscapesUntrustedText() throws IOException {
        Path file = dir.resolve("brief.md");
        Run r = run("report", "--db", db, "--out", file.toString(), "--by", "quarter");
        assertThat(r.exit()).as(r.err()).isZero();
        String md = Files.readString(file);
        assertThat(md.lines().filter(l -> l.startsWith("## ")).toList()).containsExactly("## 1. Corpus", "## 2. Actors",
                "## 3. Alliance structure", "## 4. Ruptures", "## 5. Timeline", "## 6. Map", "## 7. Order of battle", "## 8. Dyads");
        assertThat(md).contains("Pipe \\| Militia").doesNotContain("Pipe | Militia");
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>").doesNotContain("<script>");
        assertThat(md).contains("| Hezbollah | **proxy\\_of** | Iran |");
        assertThat(md).contains("2018-Q3", "2018-Q4");
        // Every table row has as many cells as its header: no untrusted | splits a cell.
        String[] lines = md.split("\n");
        int columns = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.replace("\\|", "").split("\\|", -1).length;
            if (columns < 0) columns = cells;
            assertThat(cells).as(line).isEqualTo(columns);
        }
    }

    @Test
    void anOutputThatIsNeitherHtmlNorMarkdownIsAUsageError() {
        Path file = dir.resolve("brief.txt");
        Run r = run("report", "--db", db, "--out", file.toString());
        assertThat(r.exit()).isEqualTo(Faultline.USAGE);
        assertThat(r.err()).contains("--out", ".html", ".md");
        assertThat(file).doesNotExist();
        assertThat(run("report", "--db", db).exit()).as("--out is required").isEqualTo(Faultline.USAGE);
        assertThat(run("report", "--db", db, "--out", dir.resolve("x.html").toString(), "--by", "week").exit()).isEqualTo(Faultline.USAGE);
    }
}
