package dev.faultline.nlp.bench;

import dev.faultline.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusReadersTest {
    @Test
    void readsCnnJsonLinesSkippingEmptyTexts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cnn.jsonl");
        Files.writeString(f, """
                {"id": "a", "title": "Truce holds", "published": "2024-07-16 23:37:19", "text": "The truce held on Tuesday."}
                {"id": "b", "title": "Empty", "published": "2024-07-17 08:00:00", "text": ""}
                {"id": "c", "title": "Talks", "published": "2024-07-18 10:00:00", "text": "Talks resumed."}
                """, StandardCharsets.UTF_8);
        List<Article> all = CnnCorpus.read(f, 0);
        assertThat(all).extracting(Article::title).containsExactly("Truce holds", "Talks");
        assertThat(all.get(0).published().date().value()).isEqualTo("2024-07-16");
        assertThat(all.get(0).isEnglish()).isTrue();
        assertThat(CnnCorpus.read(f, 1)).hasSize(1);
    }

    @Test
    void aBadJsonLineIsReportedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"text\": \"fine\"}\n{not json\n");
        assertThatThrownBy(() -> CnnCorpus.read(f, 0)).hasMessageContaining("bad.jsonl:2");
    }

    @Test
    void readsReutersSgmlForgivingly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("reut2-000.sgm"), """
                <!DOCTYPE lewis SYSTEM "lewis.dtd">
                <REUTERS TOPICS="YES" NEWID="1">
                <DATE> 3-MAR-1987 09:12:01.11</DATE>
                <TOPICS><D>grain</D></TOPICS>
                <TEXT>&#2;
                <TITLE>GRAIN SHIPMENTS &lt;DELAYED&gt;</TITLE>
                <BODY>Grain shipments were delayed by a strike, officials said.
                Reuter
                &#3;</BODY></TEXT>
                </REUTERS>
                <REUTERS NEWID="2"><DATE>4-MAR-1987</DATE><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>
                <REUTERS NEWID="3"><DATE>bad date</DATE><TEXT><BODY>A second report.</BODY></TEXT></REUTERS>
                """, StandardCharsets.ISO_8859_1);
        List<Article> all = ReutersCorpus.read(dir, 0);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).title()).isEqualTo("GRAIN SHIPMENTS <DELAYED>");
        assertThat(all.get(0).text()).isEqualTo("Grain shipments were delayed by a strike, officials said.");
        assertThat(all.get(0).published().date().value()).isEqualTo("1987-03-03");
        assertThat(all.get(1).published()).isNull();
        assertThat(ReutersCorpus.read(dir, 1)).hasSize(1);
    }

    @Test
    void benchOptionsOverrideDefaultsAndRejectNonsense() {
        BenchOptions o = BenchOptions.parse(new String[]{"--runs", "5", "--reuters", "none"}, Path.of("/shared"));
        assertThat(o.runs()).isEqualTo(5);
        assertThat(o.reuters()).isNull();
        assertThat(o.cnn()).isEqualTo(Path.of("/shared/corpora/cnn_2024-07-16_2024-08-01.jsonl"));
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--runs", "many"}, Path.of("/s"))).hasMessageContaining("--runs");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--fast", "1"}, Path.of("/s"))).hasMessageContaining("unknown option --fast");
    }
}
