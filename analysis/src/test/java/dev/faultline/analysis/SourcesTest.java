package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.PublishedDate;
import dev.faultline.domain.Source;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attribution chains, modality carried into claims, and force claims (issue 7), on sentences the team wrote. */
@Tag("slow")
class SourcesTest {
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(1));
    }

    static CodedDocument code(String outlet, String published, String text) {
        Article a = new Article(ArticleId.of(text), new Source("t.txt", Source.Format.TEXT, 0), null, outlet, null,
                PublishedDate.known(PartialDate.parse(published).orElseThrow()), "en", null, text, text, List.of(), List.of());
        return analyzer.analyze(a);
    }

    static List<String> texts(List<Attribution> chain) {
        return chain.stream().map(Attribution::text).toList();
    }

    @Test
    void aChainRunsFromTheOutletThroughEachRelayToTheSpeaker() {
        CodedDocument d = code("The Daily Ledger", "2019-05",
                "An anonymous Lebanese official told the Beirut daily Al Akhbar that Hezbollah fighters attacked a Syrian army "
                        + "checkpoint near Qusayr, Reuters reported.");
        CodedEvent attack = d.events().stream().filter(e -> e.type() == PloverType.ASSAULT).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        List<Attribution> chain = attack.attribution();
        assertThat(chain).extracting(Attribution::kind).containsExactly(AttributionKind.MEDIA, AttributionKind.MEDIA,
                AttributionKind.MEDIA, AttributionKind.ANONYMOUS);
        assertThat(chain.get(0).text()).isEqualTo("The Daily Ledger");
        assertThat(chain.get(0).inText()).isFalse();
        assertThat(chain.get(1).actor().id()).isEqualTo("reuters");
        assertThat(chain.get(2).actor().id()).isEqualTo("al-akhbar");
        assertThat(chain.get(3).text()).contains("anonymous Lebanese official");
        assertThat(attack.modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void aRelationClaimIsAttributedLikeAnEventAndItsOwnPartiesAreNoSource() {
        CodedDocument d = code("The Daily Ledger", "2019-05",
                "Hezbollah, which is backed by Iran, fired rockets at Israel. The Imam Ali Brigades, loyal to the Quds Force, "
                        + "moved to Deir ez-Zor, Reuters reported.");
        List<RelationClaim> claims = d.resolved().relations();
        RelationClaim backed = claims.stream().filter(r -> r.sentence() == 0).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertThat(texts(backed.attribution())).containsExactly("The Daily Ledger");
        assertThat(backed.modality()).isEqualTo(Modality.ASSERTED);
        RelationClaim loyal = claims.stream().filter(r -> r.sentence() == 1).findFirst().orElseThrow(() -> new AssertionError(claims.toString()));
        assertThat(loyal.attribution()).extracting(Attribution::kind).containsExactly(AttributionKind.MEDIA, AttributionKind.MEDIA);
        assertThat(loyal.attribution().get(1).actor().id()).isEqualTo("reuters");
        assertThat(loyal.modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void aSourceInAPossessiveOrAnAccordingToPhraseIsFound() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "Russian jets bombed rebel positions in Idlib, according to the Syrian Observatory for Human Rights. "
                        + "Israel struck an Iranian depot near Damascus, the monitor's military sources reveal.");
        List<List<String>> chains = d.events().stream().map(e -> texts(e.attribution())).toList();
        assertThat(chains).anyMatch(c -> c.size() == 2 && c.get(1).contains("Syrian Observatory"));
        CodedEvent strike = d.events().stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(strike.attribution()).last().extracting(Attribution::kind).isEqualTo(AttributionKind.ANONYMOUS);
    }

    @Test
    void aClaimedActIsAllegedAndAnOutletsOwnWordIsAsserted() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "The rebels claimed that Syrian troops shelled the town. Syrian troops shelled the town again on Tuesday.");
        CodedEvent claimed = d.events().stream().filter(e -> e.sentence() == 0 && e.type() == PloverType.ASSAULT).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(claimed.modality()).isEqualTo(Modality.ALLEGED);
        CodedEvent own = d.events().stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(own.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(texts(own.attribution())).containsExactly("Frontline Monitor");
    }

    @Test
    void aWoundingReportedOfACommanderNamedInAppositionTargetsThePerson() {
        CodedDocument d = code("Frontline Monitor", "2020-02",
                "Rumours have been circulating that the commander of the Quds Force, Esmail Qaani, was wounded in an air strike.");
        CodedEvent wounded = d.events().stream().filter(e -> e.type() == PloverType.ASSAULT).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(wounded.target()).extracting(m -> m.actor().id()).containsExactly("esmail-qaani");
        assertThat(wounded.modality()).isEqualTo(Modality.REPORTED);
        assertThat(wounded.attribution()).last().extracting(Attribution::kind).isEqualTo(AttributionKind.ANONYMOUS);
    }

    @Test
    void forceClaimsKnowWhoseForcesTheyAreAndHowTheFigureIsPut() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "Turkey has cut its forces in Idlib from 9000 to 4000. Russia has reportedly sent about 3.000 marines to Tartus. "
                        + "At least 1,200 Wagner Group contractors are in Libya. Ten Turkish soldiers were killed.");
        List<ForceClaim> fs = d.forces();
        assertThat(fs).extracting(f -> f.actor().actor().id() + " " + f.personnel() + " " + f.estimate())
                .contains("turkish-armed-forces 9000 FROM", "turkish-armed-forces 4000 TO", "russia 3000 ABOUT", "wagner-group 1200 AT_LEAST")
                .noneMatch(s -> s.endsWith(" 10 EXACT"));
        ForceClaim marines = fs.stream().filter(f -> f.personnel() == 3000).findFirst().orElseThrow();
        assertThat(marines.modality()).isEqualTo(Modality.REPORTED);
        assertThat(marines.place()).isNotNull();
        assertThat(marines.place().name()).isEqualTo("Tartus");
        assertThat(marines.attribution()).extracting(Attribution::text).containsExactly("Frontline Monitor");
    }

    @Test
    void aNamedHearerRelaysAnOrderIsNoSpeechAndAnUnnamedOfficialIsAnOfficial() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "One close ally of the governor told the Daily Ledger that the militia attacked the convoy.\n\n"
                        + "A resident told reporters that soldiers shot two protesters near the bridge.\n\n"
                        + "The same man told supporters to attack the building.\n\n"
                        + "\"We will not leave,\" the minister said, adding that the army had shelled the town.");
        List<List<String>> bySentence = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int k = i;
            bySentence.add(d.events().stream().filter(e -> e.sentence() == k).findFirst().map(e -> e.attribution().stream()
                    .map(a -> a.kind().label() + ":" + a.text()).toList()).orElse(List.of("none")));
        }
        assertThat(bySentence.get(0)).containsExactly("media:Frontline Monitor", "media:the Daily Ledger", "anonymous:One close ally of the governor");
        assertThat(bySentence.get(1)).containsExactly("media:Frontline Monitor", "anonymous:A resident");
        assertThat(bySentence.get(2)).containsExactly("media:Frontline Monitor");
        assertThat(bySentence.get(3)).containsExactly("media:Frontline Monitor", "official:the minister");
    }

    @Test
    void aReportClosingTheSentenceBeforeATimePhraseIsSpokenByTheWordsBeforeIt() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "Deadly infighting erupted in recent days between Turkish-backed and Qatari-allied fighters loyal to the "
                        + "opposition council, several local outlets reported this week.");
        CodedEvent clash = d.events().stream().filter(e -> e.sentence() == 0).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(clash.attribution()).extracting(a -> a.kind().label() + ":" + a.text())
                .containsExactly("media:Frontline Monitor", "media:several local outlets");
    }

    @Test
    void anOutletNamingItselfSpeaksInItsOwnVoice() {
        CodedDocument d = code("Frontline Monitor", "2019-05",
                "Syrian troops shelled the town of Maarat on Tuesday, Frontline Monitor reported.");
        CodedEvent shelling = d.events().stream().filter(e -> e.type() == PloverType.ASSAULT).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(texts(shelling.attribution())).containsExactly("Frontline Monitor");
        assertThat(shelling.modality()).isEqualTo(Modality.ASSERTED);
    }
}
