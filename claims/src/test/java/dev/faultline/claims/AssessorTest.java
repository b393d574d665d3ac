package dev.faultline.claims;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessorTest {
    private static final ActorRef ISRAEL = new ActorRef("israel", "Israel", ActorKind.STATE, "ISR", Sector.GOV, "ISR",
            List.of("israel"), ActorRef.Origin.KNOWN, null);
    private static final ActorRef IRAN = new ActorRef("iran", "Iran", ActorKind.STATE, "IRN", Sector.GOV, "IRN",
            List.of("iran"), ActorRef.Origin.KNOWN, null);
    private static final ActorRef IRGC = new ActorRef("irgc", "IRGC", ActorKind.ORGANIZATION, "IRN", Sector.MIL, null,
            List.of("irgc", "iran"), ActorRef.Origin.KNOWN, null);
    private static final ActorRef LEDGER = new ActorRef("ledger", "The Daily Ledger", ActorKind.ORGANIZATION, "GBR", Sector.MED, null,
            List.of("ledger"), ActorRef.Origin.KNOWN, null);
    private static final String GRADES = "id\tgrade\tnames\treason\n"
            + "wire\tB\tWire Service\tagency\nledger\tC\tThe Daily Ledger\tdaily\nrumour\tE\tRumour Mill\tsite\n";

    private final Map<ArticleId, String> outlets = new HashMap<>();
    private final Assessor assessor = new Assessor(OutletGrades.parse(GRADES, "test grades"));

    private CodedEvent strike(String article, String outlet, String day, Modality modality, Attribution... chain) {
        return strike(article, outlet, day, "Israel struck Iran.", modality, chain);
    }

    private CodedEvent strike(String article, String outlet, String day, String sentence, Modality modality, Attribution... chain) {
        ArticleId id = ArticleId.of(article);
        outlets.put(id, outlet);
        List<Attribution> links = new ArrayList<>();
        links.add(Attribution.outlet(outlet));
        links.addAll(List.of(chain));
        return new CodedEvent(article + "-e", id, 0, 0, 10, sentence, new EventDate(PartialDate.ofDay(LocalDate.parse(day)),
                EventDate.Basis.EXPLICIT), List.of(mention(ISRAEL)), List.of(mention(IRAN)), PloverType.ASSAULT, null, List.of(), "195",
                -10.0, modality, null, null, 0.9, links);
    }

    private ForceClaim force(String article, String outlet, ActorRef actor, long n, Estimate e, String month) {
        ArticleId id = ArticleId.of(article);
        outlets.put(id, outlet);
        return new ForceClaim(article + "-f" + n, id, 1, 0, 5, n + " troops", mention(actor), n, e,
                new EventDate(PartialDate.parse(month).orElseThrow(), EventDate.Basis.ARTICLE), null, Modality.ASSERTED,
                List.of(Attribution.outlet(outlet)));
    }

    private static ActorMention mention(ActorRef a) {
        return new ActorMention(0, 4, 0, 0, 1, a.name(), a, MentionBasis.ALIAS, 0.9);
    }

    @Test
    void independentReportsOfOneStoryCorroborateIt() {
        CodedEvent a = strike("a", "Wire Service", "2019-02-11", Modality.ASSERTED);
        CodedEvent b = strike("b", "The Daily Ledger", "2019-02-12", Modality.REPORTED);
        CodedEvent c = strike("c", "Rumour Mill", "2019-02-10", Modality.ASSERTED);
        Map<String, Assessment> as = assessor.assess(List.of(a, b, c), List.of(), outlets);
        assertThat(as.get(a.id()).corroboration()).isEqualTo(3);
        assertThat(as.get(a.id()).credibility()).isEqualTo(1);
        assertThat(as.get(a.id()).sameStory()).containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(as.get(a.id()).reasons()).anyMatch(r -> r.contains("3 independent sources"));
    }

    @Test
    void aReportThatCitesAnotherOutletIsNotIndependentOfIt() {
        CodedEvent a = strike("a", "The Daily Ledger", "2019-02-11", Modality.ASSERTED);
        CodedEvent b = strike("b", "Rumour Mill", "2019-02-11", Modality.ASSERTED,
                new Attribution("the Ledger", AttributionKind.MEDIA, LEDGER, 0, 10));
        Map<String, Assessment> as = assessor.assess(List.of(a, b), List.of(), outlets);
        assertThat(as.get(b.id()).corroboration()).isEqualTo(1);
        assertThat(as.get(b.id()).grade().name()).isEqualTo("C");
        assertThat(as.get(b.id()).reasons()).anyMatch(r -> r.contains("not independent"));
    }

    @Test
    void eventsDaysApartAreDifferentStories() {
        CodedEvent a = strike("a", "Wire Service", "2019-02-11", Modality.ASSERTED);
        CodedEvent b = strike("b", "The Daily Ledger", "2019-03-20", Modality.ASSERTED);
        Map<String, Assessment> as = assessor.assess(List.of(a, b), List.of(), outlets);
        assertThat(as.get(a.id()).story()).isNotEqualTo(as.get(b.id()).story());
        assertThat(as.get(a.id()).corroboration()).isEqualTo(1);
    }

    @Test
    void aDenialContradictsTheClaimOfTheSameStory() {
        CodedEvent a = strike("a", "Rumour Mill", "2019-02-11", Modality.ALLEGED,
                new Attribution("unnamed sources", AttributionKind.ANONYMOUS, null, 0, 10));
        CodedEvent b = strike("b", "Wire Service", "2019-02-11", Modality.DENIED);
        Map<String, Assessment> as = assessor.assess(List.of(a, b), List.of(), outlets);
        assertThat(as.get(a.id()).contradictions()).extracting(x -> x.claim()).containsExactly(b.id());
        assertThat(as.get(a.id()).credibility()).isGreaterThanOrEqualTo(4);
        assertThat(as.get(a.id()).score()).isLessThan(as.get(b.id()).score());
        assertThat(as.get(a.id()).reasons()).anyMatch(r -> r.contains("not named: unnamed sources"));
    }

    @Test
    void forceFiguresForOneActorAndYearThatCannotBothHoldContradict() {
        ForceClaim small = force("a", "Wire Service", IRAN, 700, Estimate.EXACT, "2015-12");
        ForceClaim big = force("b", "Rumour Mill", IRAN, 25000, Estimate.AT_LEAST, "2015-11");
        ForceClaim near = force("c", "The Daily Ledger", IRAN, 800, Estimate.ABOUT, "2015-10");
        ForceClaim part = force("d", "The Daily Ledger", IRGC, 2500, Estimate.EXACT, "2015-10");
        ForceClaim later = force("e", "The Daily Ledger", IRAN, 9000, Estimate.EXACT, "2019-02");
        Map<String, Assessment> as = assessor.assess(List.of(), List.of(small, big, near, part, later), outlets);
        assertThat(as.get(small.id()).contradictions()).extracting(x -> x.claim()).containsExactly(big.id());
        assertThat(as.get(small.id()).contradictions().get(0).why()).contains("700").contains("25,000");
        assertThat(as.get(near.id()).contradictions()).extracting(x -> x.claim()).containsExactly(big.id());
        assertThat(as.get(part.id()).contradictions()).isEmpty();
        assertThat(as.get(later.id()).contradictions()).isEmpty();
    }

    @Test
    void oneUngradedOutletOnItsOwnWordCannotBeJudged() {
        CodedEvent a = strike("a", "Somebody's Blog", "2019-02-11", Modality.ASSERTED);
        Assessment x = assessor.assess(List.of(a), List.of(), outlets).get(a.id());
        assertThat(x.credibility()).isEqualTo(6);
        assertThat(x.label()).isEqualTo("truth cannot be judged");
        assertThat(x.reasons()).anyMatch(r -> r.contains("F: reliability cannot be judged"));
    }

    private static final String WIRE_SENTENCE = "Israeli jets struck a weapons depot near the Iranian city of Isfahan early on Monday, "
            + "according to two officials familiar with the operation.";

    @Test
    void twoOutletsRunningTheSameWireTextAreOneSource() {
        CodedEvent a = strike("a", "The Daily Ledger", "2019-02-11", WIRE_SENTENCE, Modality.ASSERTED);
        CodedEvent b = strike("b", "Rumour Mill", "2019-02-11",
                "Israeli jets struck a weapons depot near the Iranian city of Isfahan early Monday, according to two officials familiar with the operation.",
                Modality.ASSERTED);
        CodedEvent c = strike("c", "Wire Service", "2019-02-12",
                "An explosion shook a military site outside Isfahan overnight, and Iranian state media blamed an Israeli air raid.",
                Modality.REPORTED);
        Map<String, Assessment> as = assessor.assess(List.of(a, b, c), List.of(), outlets);
        assertThat(as.get(a.id()).corroboration()).isEqualTo(2);
        assertThat(as.get(a.id()).sources()).containsExactly("The Daily Ledger (the same text in Rumour Mill)", "Wire Service");
        assertThat(as.get(b.id()).corroboration()).isEqualTo(2);
    }

    @Test
    void anOutletRunningAWireStoryByItsDatelineIsTheWiresReport() {
        CodedEvent a = strike("a", "Wire Service", "2019-02-11", Modality.ASSERTED);
        CodedEvent b = strike("b", "Rumour Mill", "2019-02-11",
                "Israel struck targets in Iran overnight, a senior official said.", Modality.ASSERTED);
        Map<ArticleId, Publication> pubs = Map.of(
                ArticleId.of("a"), new Publication("Wire Service", "Israel struck Iran.\n\nMore to follow."),
                ArticleId.of("b"), new Publication("Rumour Mill", "TEHRAN, Feb 11 (Wire Service) — Israel struck targets in Iran overnight, a senior official said."));
        Map<String, Assessment> as = assessor.assessPublications(List.of(a, b), List.of(), pubs);
        assertThat(as.get(b.id()).corroboration()).isEqualTo(1);
        assertThat(as.get(b.id()).grade().name()).as("the wire's grade, not the outlet's").isEqualTo("B");
        assertThat(as.get(b.id()).reasons()).anyMatch(r -> r.startsWith("relayed from Wire Service (run by Rumour Mill)"));
        assertThat(as.get(a.id()).corroboration()).isEqualTo(1);
    }

    @Test
    void aCreditLineAtTheEndOrAByLineSaysWhoseStoryItIs() {
        OutletGrades grades = OutletGrades.parse(GRADES, "test grades");
        assertThat(WireCredit.of("Israel struck Iran overnight.\n\nIt was the third strike this year.\n\n— Wire Service", grades))
                .map(OutletGrades.Outlet::id).contains("wire");
        assertThat(WireCredit.of("By Wire Service staff\nIsrael struck Iran overnight.", grades)).map(OutletGrades.Outlet::id).contains("wire");
        assertThat(WireCredit.of("(Wire Service) - Israel struck Iran overnight.", grades)).map(OutletGrades.Outlet::id).contains("wire");
        assertThat(WireCredit.of("The strike (Wire Service reported) was the third.", grades)).isEmpty();
        assertThat(WireCredit.of("(IRGC) - The Guards said they would respond.", grades)).isEmpty();
        assertThat(WireCredit.of("Israel struck Iran.\n\nWire Service contributed to this report.", grades)).isEmpty();
    }
}
