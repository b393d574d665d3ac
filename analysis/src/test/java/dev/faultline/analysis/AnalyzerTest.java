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

    static Article fromOutlet(String outlet, String published, String text) {
        return new Article(ArticleId.of(outlet + text), new Source("t.txt", Source.Format.TEXT, 0), null, outlet, null,
                PublishedDate.known(PartialDate.parse(published).orElseThrow()), "en", null, text, text, List.of(), List.of());
    }

    @Test
    void aBatchAnalysesEachArticleAsItWouldBeAloneInInputOrder() {
        // The outlet's other reports are set in Brittany; an article's places are its own all the same (no outlet ground:
        // it cost a second geocoding and made a report's place depend on what arrived before; see EVALUATION.md).
        String brest = "On 3 March 2022, about 200 dockers protested in Brest over pay.";
        List<Article> batch = new ArrayList<>(List.of(
                fromOutlet("Le Courrier de l'Ouest", "2022-03-04", "On 1 March 2022, nurses protested in Quimper over pay."),
                fromOutlet("Le Courrier de l'Ouest", "2022-03-04", "On 2 March 2022, farmers protested in Lorient over fuel prices."),
                fromOutlet("Le Courrier de l'Ouest", "2022-03-04", "On 2 March 2022, students protested in Vannes over fees."),
                fromOutlet("Le Courrier de l'Ouest", "2022-03-04", brest)));
        for (int i = 0; i < 12; i++) batch.add(fromOutlet("Minsk Daily", "2022-03-0" + (1 + i % 9), "Report " + i + ": " + brest));
        List<Outcome> outcomes = new ArrayList<>();
        analyzer.analyzeAll(batch, outcomes::add);
        assertThat(outcomes).extracting(Outcome::article).containsExactlyElementsOf(batch);
        for (int i = 0; i < batch.size(); i++) {
            var alone = analyzer.analyze(batch.get(i));
            var inBatch = ((Outcome.Analyzed) outcomes.get(i)).coded();
            assertThat(inBatch.events()).as("article %d", i).isNotEmpty().isEqualTo(alone.events());
            assertThat(inBatch.forces()).as("article %d", i).isEqualTo(alone.forces());
        }
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
