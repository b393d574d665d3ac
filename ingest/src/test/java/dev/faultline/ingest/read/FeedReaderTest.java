package dev.faultline.ingest.read;

import dev.faultline.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds with a DOCTYPE are read; their entities never reach a file, the network or memory without end. */
class FeedReaderTest {
    @TempDir
    Path dir;

    private final FeedReader reader = new FeedReader();

    @Test
    void readsAnRss091FeedWithTheNetscapeDoctype() {
        ReadResult r = reader.read("netscape.rss", """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Border Monitor</title><link>https://example.net</link>
                <description>news</description><language>en</language>
                <item><title>Crossing reopens</title><link>https://example.net/crossing</link>
                <description>The Nassib crossing between Syria and Jordan reopened on Monday, officials said.</description></item>
                </channel></rss>""", List.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.reports()).singleElement().satisfies(x -> {
            assertThat(x.title()).isEqualTo("Crossing reopens");
            assertThat(x.outlet()).isEqualTo("Border Monitor");
            assertThat(x.body()).startsWith("The Nassib crossing");
        });
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        ReadResult r = reader.read("xxe.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>T</title><link>https://e</link><description>d</description>
                <item><title>Leak</title><description>Before &xxe; after, a sentence long enough to be a report.</description></item>
                </channel></rss>""".formatted(secret.toUri()), List.of());
        assertThat(r.reports()).allSatisfy(x -> assertThat(x.body() + x.title()).doesNotContain("TOP-SECRET"));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message() + p.detail()).doesNotContain("TOP-SECRET"));
    }

    @Test
    @Timeout(10)
    void billionLaughsIsHarmless() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lollollollollollollollollollol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        ReadResult r = reader.read("laughs.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + dtd + "]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><link>https://e</link><description>d</description>"
                + "<item><title>Laugh</title><description>&lol9;</description></item></channel></rss>", List.of());
        assertThat(r.reports()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            isOneLineForAPerson(p);
            assertThat(p.message()).isEqualTo("not a readable RSS or Atom feed: broken XML (it uses an entity: entities are not read) at line 14, column 140");
        });
    }

    @Test
    void aDoctypeThatIsNeverClosedIsNamed() {
        ReadResult r = reader.read("open.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY x SYSTEM \"file:///etc/passwd\"", List.of());
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("not a readable RSS or Atom feed: its DOCTYPE declaration is never closed"));
    }

    @Test
    void onlyThePrologsDoctypeIsBlankedWithLineBreaksKept() {
        String quoted = "<!DOCTYPE rss [\n<!ENTITY a \"x > y ]\">\n<!-- ] > -->\n]>";
        assertThat(Doctypes.blanked("<?xml version=\"1.0\"?>\n" + quoted + "\n<rss/>"))
                .isEqualTo("<?xml version=\"1.0\"?>\n" + quoted.replaceAll("[^\n]", " ") + "\n<rss/>");
        String inContent = "<rss><description><![CDATA[<!DOCTYPE html>]]></description></rss>";
        assertThat(Doctypes.blanked(inContent)).isSameAs(inContent);
    }

    @Test
    void brokenXmlIsOneLineWithTheParsersWordsKeptAsDetail() {
        ReadResult r = reader.read("broken.rss", "<rss version=\"2.0\"><channel><title>T</title><item></channel></rss>", List.of());
        assertThat(r.reports()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            isOneLineForAPerson(p);
            assertThat(p.message()).startsWith("not a readable RSS or Atom feed: broken XML at line 1");
            assertThat(p.detail()).contains("SAXParseException");
        });
    }

    static void isOneLineForAPerson(Problem p) {
        assertThat(p.message()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("()").hasSizeLessThan(200);
    }
}
