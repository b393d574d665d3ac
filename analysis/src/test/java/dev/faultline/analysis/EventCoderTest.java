package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first cut of the event coder (issue 5) on sentences the team wrote, through the real layer and resolver. */
@Tag("slow")
class EventCoderTest {
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(1));
    }

    static CodedDocument code(String published, String text) {
        Article a = new Article(ArticleId.of(text), new Source("t.txt", Source.Format.TEXT, 0), null, null, null,
                PublishedDate.known(PartialDate.parse(published).orElseThrow()), "en", null, text, text, List.of(), List.of());
        return analyzer.analyze(a);
    }

    static Optional<CodedEvent> of(CodedDocument d, PloverType type) {
        return d.events().stream().filter(e -> e.type() == type).findFirst();
    }

    static List<String> ids(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().id()).toList();
    }

    @Test
    void whoDidWhatToWhom() {
        CodedDocument d = code("2018-09", "Russia pulled back its forces from Deir ez-Zor on Aug. 8. "
                + "Israeli jets struck Iranian troops near Damascus. Hezbollah did not attack Israel.");
        CodedEvent retreat = of(d, PloverType.RETREAT).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(retreat.source())).containsExactly("russia");
        assertThat(retreat.cameo()).isEqualTo("0874");
        assertThat(retreat.goldstein()).isEqualTo(10.0);
        assertThat(retreat.date().value().value()).isEqualTo("2018-08-08");
        assertThat(retreat.date().basis()).isEqualTo(EventDate.Basis.RELATIVE);

        List<CodedEvent> assaults = d.events().stream().filter(e -> e.type() == PloverType.ASSAULT).toList();
        CodedEvent strike = assaults.stream().filter(e -> e.cameo().equals("195")).findFirst().orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(strike.source())).as(strike.toString()).anyMatch(id -> id.startsWith("israel"));
        assertThat(ids(strike.target())).anyMatch(id -> id.startsWith("iran"));
        assertThat(strike.place()).isNotNull();
        assertThat(strike.place().name()).isEqualTo("Damascus");

        CodedEvent notAttack = assaults.stream().filter(e -> e.cameo().equals("190")).findFirst().orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(notAttack.modality()).isEqualTo(Modality.NEGATED);
        assertThat(ids(notAttack.source())).containsExactly("hezbollah");
        assertThat(ids(notAttack.target())).containsExactly("israel");
    }

    @Test
    void noEventFromASentenceThatOnlyNamesTwoActors() {
        CodedDocument d = code("2018-09", "Russia and Iran are both in Syria.");
        assertThat(d.events()).isEmpty();
    }
}
