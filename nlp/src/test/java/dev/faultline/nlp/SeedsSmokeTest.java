package dev.faultline.nlp;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Smoke test over the shared seed reports (third-party text, read in place and never copied), skipped
 * when {@code faultline.shared} does not point at them. Checks only structural facts.
 */
@Tag("slow")
class SeedsSmokeTest {
    @Test
    void everySeedGetsSentencesNamesAndDatesWithConsistentOffsets() throws Exception {
        Path seeds = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("seeds");
        Path manifest = seeds.resolve("manifest.csv");
        assumeTrue(Files.isRegularFile(manifest), "no seeds at " + seeds);
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8).subList(1, 6)) {
            String[] f = line.split(",", 4);
            String text = Files.readString(seeds.resolve(f[0]), StandardCharsets.UTF_8);
            articles.add(new Article(ArticleId.of(text), new Source(f[0], Source.Format.TEXT, 0), f[3], f[1], null,
                    PublishedDate.estimated(PartialDate.parse(f[2]).orElseThrow()), "en", null, text, text, List.of(), List.of()));
        }
        LanguageLayer layer = LanguageLayer.create(LayerOptions.defaults().withThreads(2));
        List<AnnotatedDocument> docs = layer.annotateAll(articles, 2, ParseSelection.namingAtLeast(2));
        int dated = 0;
        for (AnnotatedDocument d : docs) {
            assertThat(d.sentences()).hasSizeGreaterThan(10);
            assertThat(d.mentions(EntityType.PERSON)).isNotEmpty();
            assertThat(d.parsedSentences()).isNotEmpty();
            for (Mention m : d.mentions()) assertThat(d.text(m.begin(), m.end())).isEqualTo(m.text());
            dated += (int) d.mentions(EntityType.DATE).stream().filter(m -> m.time().isPresent()).count();
        }
        assertThat(dated).isGreaterThan(5);
    }
}
