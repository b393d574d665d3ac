package dev.faultline.app.view.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Untrusted text in HTML and in Markdown. */
class EscapingTest {
    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertThat(Html.escape("<script>alert(1)</script> & \"x\" 'y'"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &apos;y&apos;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(new Html().open("td", "title", "\"><script>").text("<b>").close("td").toString())
                .isEqualTo("<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</td>");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(Html.format(1.50, 2)).isEqualTo("1.5");
        assertThat(Html.format(-0.001, 2)).isEqualTo("0");
        assertThat(Html.format(12, 1)).isEqualTo("12");
    }

    @Test
    void markdownEscapesTableBreakersMarkupAndLineStarts() {
        assertThat(Markdown.escape("Pipe | Militia")).isEqualTo("Pipe \\| Militia");
        assertThat(Markdown.escape("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(Markdown.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(Markdown.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(Markdown.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(Markdown.escape("*bold* _it_ [link](x) `code` ~~s~~ &amp; !")).isEqualTo(
                "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\~\\~s\\~\\~ \\&amp; \\!");
        assertThat(Markdown.escape("a\\b")).isEqualTo("a\\\\b");
        assertThat(Markdown.escape("two\nlines\r\nhere")).isEqualTo("two lines here");
        assertThat(Markdown.escape(null)).isEmpty();
    }
}
