package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembled pipeline on reports the team wrote: real CoreNLP, the shipped knowledge base. */
@Tag("slow")
class AnalyzerTest {
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(2));
    }

    static Article article(String published, String text, String language, ArticleId duplicateOf) {
        return new Article(ArticleId.of(text), new Source("t.txt", Source.Format.TEXT, 0), null, null, null,
                PublishedDate.known(PartialDate.parse(published).orElseThrow()), language, duplicateOf, text, text, List.of(), List.of());
    }

    @Test
    void theOnePipelineIsLanguageLayerThenActorsThenEventsThenPlacesThenSources() {
        assertThat(analyzer.pipeline().stageNames()).hasSize(6).endsWith("actors", "parse", "events", "places", "sources");
        assertThat(analyzer.actors().stageNames()).hasSize(2).last().isEqualTo("actors");
        assertThat(analyzer.version()).startsWith("pipeline ").contains("actors rules").contains("events rules").contains("places");
    }

    @Test
    void analysesInParallelAndHandsEveryOutcomeToTheCallingThread() {
        List<Article> batch = List.of(
                article("2016-04", "The Iranian president met Hassan Nasrallah in Beirut. He promised more help to Hezbollah.", "en", null),
                article("2019-02", "Russian military police deployed near Quneitra, the Kremlin said on Monday.", "en", null),
                article("2018-09", "Israeli jets struck Iranian positions south of Damascus overnight.", "en", null));
        List<Outcome> outcomes = new ArrayList<>();
        Thread caller = Thread.currentThread();
        analyzer.analyzeAll(batch, o -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            outcomes.add(o);
        });
        assertThat(outcomes).hasSize(3).allMatch(o -> o instanceof Outcome.Analyzed);
        List<String> ids = outcomes.stream().flatMap(o -> ((Outcome.Analyzed) o).document().actors().stream())
                .map(ActorMention::actor).map(a -> a.id()).toList();
        assertThat(ids).contains("hassan-rouhani", "hassan-nasrallah", "hezbollah", "russian-military-police",
                "russia-government", "israeli-air-force");
        assertThat(outcomes).flatMap(o -> ((Outcome.Analyzed) o).coded().events()).extracting(e -> e.type().name())
                .contains("ASSAULT");
    }

    @Test
    void onlyEnglishOriginalsWithTextAreAnalysed() {
        Article en = article("2018-09", "Troops moved.", "en", null);
        assertThat(Analyzer.analyzes(en)).isTrue();
        assertThat(Analyzer.analyzes(article("2018-09", "Les troupes avancent.", "fr", null))).isFalse();
        assertThat(Analyzer.analyzes(article("2018-09", "Troops moved again.", "en", en.id()))).isFalse();
        assertThat(Analyzer.analyzes(article("2018-09", "   ", "en", null))).isFalse();
    }
}
