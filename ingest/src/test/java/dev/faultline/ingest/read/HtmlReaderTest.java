package dev.faultline.ingest.read;

import dev.faultline.domain.RawReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {
    private static RawReport read(String html) {
        ReadResult r = new HtmlReader().read("page.html", html, List.of());
        assertThat(r.problems()).isEmpty();
        return r.reports().get(0);
    }

    @Test
    void keepsTheArticleBodyAndItsMetadataAndDropsFurniture() {
        RawReport r = read("""
                <html><head><title>Front | The Courier</title>
                <meta property="og:title" content="Rebels shell Aleppo suburbs">
                <meta property="og:site_name" content="The Courier"><meta property="og:url" content="https://courier.example/a">
                <link rel="canonical" href="https://courier.example/canonical-a">
                <meta itemprop="datePublished" content="2016-10-02"></head>
                <body><header><a>Home</a><a>World</a></header><nav>World | Politics</nav>
                <main><div itemprop="articleBody">
                  <p>Rebels shelled government-held suburbs of western Aleppo on Sunday, state television said.</p>
                  <script>track()</script>
                  <div class="social-share">Tweet Share</div>
                  <p>The army said it had repelled an attack near the Ramouseh district.</p>
                  <ul class="related-links"><li><a>Earlier: Aleppo truce collapses</a></li></ul>
                </div>
                <section id="comments"><h3>3 Comments</h3><p>Great article!</p></section></main>
                <aside>Most read</aside><footer>© The Courier</footer></body></html>""");
        assertThat(r.body()).isEqualTo("Rebels shelled government-held suburbs of western Aleppo on Sunday, state television said.\n\n"
                + "The army said it had repelled an attack near the Ramouseh district.");
        assertThat(r.title()).isEqualTo("Rebels shell Aleppo suburbs");
        assertThat(r.outlet()).isEqualTo("The Courier");
        assertThat(r.url()).isEqualTo("https://courier.example/canonical-a");
        assertThat(r.published()).isEqualTo("2016-10-02");
    }

    @Test
    void withoutArticleMarkupTheDensestBlockOfParagraphsWins() {
        RawReport r = read("""
                <html><body><div id="menu-links"><p>Home</p><p>Contact</p></div>
                <div class="content"><h1>Hama offensive stalls</h1><time datetime="2017-03-24T10:00">24 March</time>
                <p>Government forces failed to retake villages north of Hama on Friday after rebels launched a surprise counterattack.</p>
                <p>Dozens of fighters were killed on both sides, a monitoring group said.</p></div>
                <div class="teaser"><p>Subscribe now</p></div></body></html>""");
        assertThat(r.body()).startsWith("Hama offensive stalls").contains("Government forces failed", "Dozens of fighters")
                .doesNotContain("Home", "Subscribe");
        assertThat(r.title()).isEqualTo("Hama offensive stalls");
        assertThat(r.published()).isEqualTo("2017-03-24T10:00");
    }

    @Test
    void aPageWithNoTextIsSkipped() {
        ReadResult r = new HtmlReader().read("empty.html", "<html><body><nav>Home</nav><script>x()</script></body></html>", List.of());
        assertThat(r.reports()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no article text"));
    }
}
