package dev.faultline.ingest;

import dev.faultline.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved news page whose lists of other stories sit inside the article element under class names
 * the extractor does not know, as on many sites: the cleaning stage finds them by their headers and
 * the shape of their lines, and keeps them as dropped spans of the raw body.
 */
class PageDebrisTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!doctype html><html><head><title>Yemen's Houthis claim attack on tanker | The Gulf Ledger</title>
            <meta property="og:site_name" content="The Gulf Ledger"><meta property="article:published_time" content="2024-07-23T09:10:00Z"></head>
            <body><div class="top"><a href="/">Home</a> <a href="/world">World</a></div>
            <article><h1>Yemen's Houthis claim attack on tanker in the Red Sea</h1>
            <p>Yemen's Houthi movement said on Tuesday it had fired missiles at an oil tanker in the Red Sea, in the group's latest attack on shipping it links to the war in Gaza.</p>
            <p>A spokesman for the group said the tanker had been hit directly. The British maritime agency that monitors the waterway reported that a vessel west of Hodeidah had been struck by a projectile, and that the crew were safe.</p>
            <p>The Houthis have launched dozens of attacks on ships since November, forcing many shipping companies to send vessels around Africa instead.</p>
            <div class="c-stack c-stack--end">
              <h3>More from World</h3>
              <ul class="c-items">
                <li><a href="/a">Israeli strike on Beirut suburb kills senior Hezbollah commander</a><span>2 hours ago</span></li>
                <li><a href="/b">Is Iran preparing to retaliate against Israel?</a><span>3 hours ago</span></li>
                <li><a href="/c">Venezuela’s opposition says it has proof Maduro lost the election</a></li>
              </ul>
              <h3>Most read</h3>
              <ol class="c-items">
                <li><a href="/d">Ukraine says it shot down 40 Russian drones over Odesa region</a></li>
                <li><a href="/e">Sudan’s army retakes key bridge in Omdurman from paramilitary RSF</a></li>
              </ol>
            </div></article>
            <div class="bottom">© 2024 The Gulf Ledger</div></body></html>
            """;

    @Test
    void headlineListsInsideTheArticleAreDroppedAsSpansOfTheRawBody() throws IOException {
        Path page = Files.writeString(dir.resolve("tanker.html"), PAGE);
        Ingest.Batch batch = Ingest.withDefaults().read(List.of(page), null, ProgressListener.none());
        Article a = batch.articles().get(0);
        assertThat(a.text()).startsWith("Yemen's Houthi movement said on Tuesday")
                .endsWith("send vessels around Africa instead.")
                .doesNotContain("Beirut", "Iran", "Maduro", "Odesa", "Omdurman", "More from World", "Most read");
        assertThat(a.dropped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo("list of other stories' headlines"));
    }
}
