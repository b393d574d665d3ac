package dev.faultline.ingest;

import dev.faultline.domain.Article;
import dev.faultline.domain.Problem;
import dev.faultline.domain.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder mixing good reports with every kind of bad input: good ones are read, each bad one is named once. */
class MixedInputTest {
    @TempDir
    static Path dir;
    static Ingest.Batch batch;
    static List<String> progress = new ArrayList<>();

    private static final String STORY = """
            Kurdish-led forces said on Tuesday they had pushed Islamic State fighters out of two villages east of the Euphrates after a week of heavy fighting.

            A spokesman for the Syrian Democratic Forces told reporters that coalition aircraft had struck positions near Hajin at least a dozen times since Sunday.

            Residents who fled the area described columns of vehicles moving south toward the border with Iraq, and said food prices in the remaining villages had tripled.
            """;

    @BeforeAll
    static void read() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        write(reports.resolve("a_good.txt"), "Fighting east of the Euphrates\n\n" + STORY);
        write(reports.resolve("b_page.html"), """
                <html><head><title>Site | Story</title><meta property="og:site_name" content="Levant Wire">
                <meta property="article:published_time" content="2018-11-03T08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Airstrikes pound Hajin pocket</h1>
                <p>Coalition jets carried out more than twenty strikes on the Hajin pocket overnight, according to a monitoring group based in Britain.</p>
                <p>The group said at least fourteen fighters were killed and that a field hospital had been hit.</p>
                <div class="share-buttons">Share on Facebook</div></article>
                <footer>Copyright 2018 Levant Wire</footer></body></html>""");
        Files.write(reports.resolve("c_binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0, 0, 0, 1, 2});
        write(reports.resolve("d_empty.txt"), "   \n\n  \t \n");
        Files.write(reports.resolve("e_invalid.txt"), concat("Shelling near Daraa\n\nThe shelling began at dawn ".getBytes(StandardCharsets.US_ASCII),
                new byte[]{(byte) 0x81, (byte) 0xC3, (byte) 0x28, (byte) 0x8D}, " and lasted all day.".getBytes(StandardCharsets.US_ASCII)));
        Files.write(reports.resolve("e_latin1.txt"), "Talks in Genève\n\nEnvoys met in Genève on Thursday, 4 October 2018, to discuss a ceasefire in the south, a United Nations spokesman said.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        try (RandomAccessFile huge = new RandomAccessFile(reports.resolve("f_huge.html").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        write(reports.resolve("g_broken.html"), "<html><body><div><p>Turkish artillery shelled positions of the YPG near Tal Rifaat on Friday, October 12, 2018, the Kurdish militia said.<p>Two fighters were wounded<div></span></table>");
        write(reports.resolve("h_wires.jsonl"), """
                {"title": "Strike near Damascus airport", "text": "Israeli missiles struck an arms depot near Damascus airport early on Monday, Syrian state media said, citing a military source.", "outlet": "Wire One", "published": "2019-01-21"}
                {"title": "broken", "text": "this line never closes
                {"title": "No text here", "outlet": "Wire One"}
                {"body": "Russian military police began patrols in the town of Manbij on Wednesday, the defence ministry in Moscow announced.", "source": "Wire Two", "date": "2019-01-09"}
                """);
        write(reports.resolve("i_feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Frontline Daily</title><link>https://example.org</link><description>d</description>
                <item><title>Convoy reaches Idlib</title><link>https://example.org/convoy</link><pubDate>Tue, 04 Sep 2018 10:00:00 GMT</pubDate>
                <description>short</description>
                <content:encoded><![CDATA[<p>A Turkish military convoy of about fifty vehicles crossed into Idlib province on Tuesday, heading for observation posts near the front line.</p><p>Witnesses said the convoy included tanks and armoured personnel carriers.</p>]]></content:encoded></item>
                <item><title>Talks in Astana</title><link>https://example.org/astana</link><pubDate>Wed, 05 Sep 2018 09:00:00 GMT</pubDate>
                <description>&lt;p&gt;Delegations from Russia, Iran and Turkey met in Astana on Wednesday for a new round of talks on the Syrian conflict.&lt;/p&gt;</description></item>
                </channel></rss>""");
        write(reports.resolve("j_feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Border Monitor</title><id>urn:x</id><updated>2018-10-02T00:00:00Z</updated>
                <entry><title>Crossing reopens</title><id>urn:1</id><link href="https://example.net/crossing"/><published>2018-10-01T12:00:00Z</published><updated>2018-10-01T12:00:00Z</updated>
                <content type="html">&lt;p&gt;The Nassib border crossing between Syria and Jordan reopened on Monday after three years of closure, officials on both sides said.&lt;/p&gt;</content></entry>
                </feed>""");
        Files.createSymbolicLink(reports.resolve("k_dangling.txt"), dir.resolve("nowhere.txt"));
        write(reports.resolve(".hidden.txt"), "Hidden notes\n\nThis file must never be read because it is hidden.");
        Path manifest = dir.resolve("manifest.csv");
        write(manifest, """
                file,outlet,published,title
                reports/a_good.txt,Euphrates Monitor,2018-11,
                reports/g_broken.html,Shaky Site,2018-13,
                b_page.html,Levant Wire Weekly,2018-11-04,
                """);
        Path missing = dir.resolve("missing.txt");
        batch = Ingest.withDefaults().read(List.of(reports, missing), manifest, new ProgressListener() {
            @Override
            public void started(long totalFiles) {
                progress.add("started " + totalFiles);
            }

            @Override
            public void advanced(String file) {
                progress.add(file);
            }
        });
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static List<Problem> problemsAbout(String name) {
        return batch.problems().stream().filter(p -> p.where().contains(name)).toList();
    }

    private static Article article(String name, int item) {
        return batch.articles().stream().filter(a -> a.source().path().endsWith(name) && a.source().item() == item)
                .findFirst().orElseThrow(() -> new AssertionError("no article from " + name + "#" + item));
    }

    @Test
    void goodReportsAreRead() {
        assertThat(batch.articles()).extracting(a -> Path.of(a.source().path()).getFileName() + "#" + a.source().item())
                .containsExactly("a_good.txt#0", "b_page.html#0", "e_latin1.txt#0", "g_broken.html#0", "h_wires.jsonl#1", "h_wires.jsonl#4",
                        "i_feed.rss#1", "i_feed.rss#2", "j_feed.atom#1");
        assertThat(article("a_good.txt", 0).outlet()).isEqualTo("Euphrates Monitor");
        assertThat(article("a_good.txt", 0).published().date().value()).isEqualTo("2018-11");
        assertThat(article("a_good.txt", 0).title()).isEqualTo("Fighting east of the Euphrates");
        Article page = article("b_page.html", 0);
        assertThat(page.outlet()).isEqualTo("Levant Wire Weekly");
        assertThat(page.published().date().value()).isEqualTo("2018-11-04");
        assertThat(page.title()).isEqualTo("Airstrikes pound Hajin pocket");
        assertThat(page.text()).startsWith("Coalition jets").doesNotContain("Share on Facebook", "Home", "Copyright");
        assertThat(article("g_broken.html", 0).text()).contains("Tal Rifaat", "Two fighters were wounded");
        assertThat(article("g_broken.html", 0).outlet()).isNull();
        assertThat(article("g_broken.html", 0).published()).satisfies(d -> {
            assertThat(d.estimated()).isTrue();
            assertThat(d.date().value()).isEqualTo("2018-10-12");
        });
        Article wire = article("h_wires.jsonl", 4);
        assertThat(wire.source().format()).isEqualTo(Source.Format.JSONL);
        assertThat(wire.outlet()).isEqualTo("Wire Two");
        assertThat(wire.published().date().value()).isEqualTo("2019-01-09");
        Article convoy = article("i_feed.rss", 1);
        assertThat(convoy.outlet()).isEqualTo("Frontline Daily");
        assertThat(convoy.url()).isEqualTo("https://example.org/convoy");
        assertThat(convoy.published().date().value()).isEqualTo("2018-09-04");
        assertThat(convoy.text()).contains("fifty vehicles").contains("\n\nWitnesses said");
        assertThat(article("i_feed.rss", 2).text()).startsWith("Delegations from Russia");
        Article atom = article("j_feed.atom", 1);
        assertThat(atom.outlet()).isEqualTo("Border Monitor");
        assertThat(atom.published().date().value()).isEqualTo("2018-10-01");
        assertThat(atom.url()).isEqualTo("https://example.net/crossing");
    }

    @Test
    void eachBadInputIsNamedInExactlyOneProblem() {
        assertThat(problemsAbout("c_binary.txt")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(p.message()).contains("binary");
        });
        assertThat(problemsAbout("d_empty.txt")).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(problemsAbout("e_invalid.txt")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(p.message()).startsWith("not valid UTF-8 (byte 0x81 at offset 48)");
        });
        assertThat(problemsAbout("e_latin1.txt")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("read as windows-1252");
        });
        assertThat(article("e_latin1.txt", 0).text()).contains("Envoys met in Genève");
        assertThat(problemsAbout("f_huge.html")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("file is 50.0 MB, over the 10 MB limit for one report"));
        assertThat(problemsAbout("k_dangling.txt")).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read"));
        assertThat(problemsAbout("missing.txt")).singleElement().satisfies(p -> assertThat(p.message()).contains("no such file"));
        assertThat(problemsAbout("manifest.csv")).singleElement().satisfies(p -> {
            assertThat(p.where()).endsWith("manifest.csv row 3");
            assertThat(p.message()).contains("2018-13");
        });
        assertThat(problemsAbout("h_wires.jsonl")).extracting(Problem::where)
                .containsExactlyInAnyOrder(dir.resolve("reports/h_wires.jsonl") + "#2", dir.resolve("reports/h_wires.jsonl") + "#3");
        assertThat(problemsAbout(".hidden")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).isEqualTo("not read: a hidden file");
        });
        assertThat(problemsAbout("g_broken.html")).isEmpty();
        assertThat(batch.problems()).hasSize(11);
    }

    @Test
    void countsAndProgress() {
        assertThat(batch.inputsRead()).isEqualTo(7);
        assertThat(batch.inputsSkipped()).isEqualTo(6);
        assertThat(progress.get(0)).isEqualTo("started 11");
        assertThat(progress).hasSize(12);
    }
}
