package dev.faultline.cli.report;

import dev.faultline.cli.Faultline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report as a browser opens it: Chromium, headless, with every host name unresolvable and a
 * dead proxy (no network), loads the file and gives back its DOM. Skipped where Chromium is not installed.
 */
class HeadlessBrowserTest {
    @TempDir
    Path dir;

    @Test
    void chromiumWithoutNetworkRendersTheWholeReport() throws IOException, InterruptedException {
        Path chromium = onPath("chromium");
        if (chromium == null) chromium = onPath("chromium-browser");
        assumeTrue(chromium != null, "chromium is not installed");

        String db = ReportFixture.store(dir);
        Path report = dir.resolve("brief.html");
        StringWriter err = new StringWriter();
        int exit = Faultline.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "report", "--db", db,
                "--out", report.toString(), "--world-atlas", ReportFixture.topology(dir).toString());
        assertThat(exit).as(err.toString()).isZero();

        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless=new", "--disable-gpu", "--no-sandbox", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--dump-dom", report.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 2 minutes");
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(html).as("chromium's DOM (exit " + p.exitValue() + "; " + Files.readString(dir.resolve("chromium.log")) + ")")
                .contains("<section id=\"dyads\"");
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("Faultline brief");
        for (String id : ReportCommandTest.SECTIONS) assertThat(doc.getElementById(id)).as(id).isNotNull();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#map svg circle")).hasSize(ReportFixture.LOCATED);
        assertThat(doc.select("#map svg path.country")).hasSize(2);
        assertThat(doc.getElementById("actors").text()).contains(ReportFixture.SCRIPT + " Brigade");
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
