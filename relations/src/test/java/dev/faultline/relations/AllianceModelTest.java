package dev.faultline.relations;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Link;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Period;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.domain.relation.Rupture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The alliance model on a small invented system: two camps, a command chain, a falling-out. */
class AllianceModelTest {
    static ActorRef ref(String id, ActorKind kind, String... lineageAbove) {
        List<String> lineage = new ArrayList<>(List.of(id));
        lineage.addAll(List.of(lineageAbove));
        return new ActorRef(id, id, kind, "XXX", kind == ActorKind.STATE ? Sector.GOV : Sector.MIL, null, lineage, ActorRef.Origin.KNOWN, null);
    }

    static final ActorRef NORTH = ref("north", ActorKind.STATE);
    static final ActorRef NORTH_GUARD = ref("north-guard", ActorKind.ORGANIZATION, "north");
    static final ActorRef GUARD_CHIEF = ref("guard-chief", ActorKind.PERSON, "north-guard", "north");
    static final ActorRef MILITIA = ref("militia", ActorKind.ORGANIZATION);
    static final ActorRef MILITIA_LEADER = ref("militia-leader", ActorKind.PERSON, "militia");
    static final ActorRef SOUTH = ref("south", ActorKind.STATE);
    static final ActorRef EAST = ref("east", ActorKind.STATE);
    static final Map<String, ActorRef> KNOWN = Map.of("north", NORTH, "north-guard", NORTH_GUARD, "guard-chief", GUARD_CHIEF,
            "militia", MILITIA, "militia-leader", MILITIA_LEADER, "south", SOUTH, "east", EAST);
    static final List<Link> LINKS = List.of(
            new Link(LinkType.PART_OF, "north-guard", "north", Period.ALWAYS, "team fixture", false),
            new Link(LinkType.COMMANDS, "guard-chief", "north-guard", new Period(PartialDate.ofYear(2010), null), "team fixture", true),
            new Link(LinkType.BACKED_BY, "militia", "north-guard", Period.ALWAYS, "team fixture", false),
            new Link(LinkType.PROXY_OF, "militia", "north", Period.ALWAYS, "team fixture", false),
            new Link(LinkType.HOSTILE, "north", "south", Period.ALWAYS, "team fixture", false),
            new Link(LinkType.ALLY, "north", "east", Period.ALWAYS, "team fixture", false));

    private int n;

    CodedEvent event(ActorRef from, ActorRef to, String day, double goldstein) {
        return goldstein < 0 ? event(from, to, day, PloverType.ASSAULT, "190", goldstein) : event(from, to, day, PloverType.COOPERATE, "060", goldstein);
    }

    CodedEvent event(ActorRef from, ActorRef to, String day, PloverType type, String cameo, double goldstein) {
        n++;
        return new CodedEvent("e" + n, ArticleId.of("a" + n), 0, 0, 5, "text " + n, new EventDate(PartialDate.ofDay(LocalDate.parse(day)),
                EventDate.Basis.EXPLICIT), List.of(m(from)), List.of(m(to)), type, null, List.of(), cameo,
                goldstein, Modality.ASSERTED, null, null, 0.9, List.of(Attribution.outlet("The Daily Ledger")));
    }

    static ActorMention m(ActorRef a) {
        return new ActorMention(0, 4, 0, 0, 1, a.id(), a, MentionBasis.ALIAS, 0.9);
    }

    AllianceModel model(List<CodedEvent> events, List<ForceClaim> forces) {
        return AllianceModel.build(LINKS, KNOWN::get, events, forces, Map.of());
    }

    @Test
    void knowledgeBaseLinksBecomeRelationsReadTheContractsWay() {
        AllianceModel m = model(List.of(event(GUARD_CHIEF, MILITIA_LEADER, "2018-01-05", 3)), List.of());
        List<String> rs = m.relations().stream().filter(r -> r.basis() == Relation.Basis.KNOWLEDGE)
                .map(r -> r.a().id() + " " + r.type().label() + " " + r.b().id()).toList();
        assertThat(rs).contains("guard-chief commands north-guard", "north-guard supports militia", "militia proxy_of north",
                "north-guard member_of north");
    }

    @Test
    void actsRollUpTheLineageAndAreMarkedSo() {
        AllianceModel m = model(List.of(event(GUARD_CHIEF, MILITIA_LEADER, "2018-01-05", 3)), List.of());
        Relation direct = m.relations().stream().filter(r -> r.basis() == Relation.Basis.EVENTS && r.a().id().equals("guard-chief")).findFirst().orElseThrow();
        assertThat(direct.rolledUp()).isFalse();
        assertThat(direct.type()).isEqualTo(RelationType.ALLY);
        assertThat(m.relations()).filteredOn(r -> r.basis() == Relation.Basis.EVENTS && r.rolledUp())
                .extracting(r -> r.a().id() + "/" + r.b().id()).contains("militia/north-guard", "militia/north");
        assertThat(m.dyad("north", "militia", Granularity.MONTH)).get().extracting(d -> d.series().size()).isEqualTo(1);
    }

    @Test
    void aBackedGroupsActsCountForItsBackerEvenWhenTheReportsNameNoOtherActOfIt() {
        ActorRef fighters = new ActorRef("fighters-backed-by-east", "fighters backed by east", ActorKind.GROUP, null, Sector.UAF, null,
                List.of("fighters-backed-by-east"), ActorRef.Origin.DERIVED, new ActorRef.Affiliation(LinkType.BACKED_BY, "east"));
        CodedEvent e = event(fighters, SOUTH, "2018-06-01", -10);
        AllianceModel m = model(List.of(e), List.of());
        assertThat(m.relations()).filteredOn(Relation::rolledUp).extracting(r -> r.a().id() + " " + r.type().label() + " " + r.b().id())
                .containsExactly("east hostile south");
        // the group's very name states who backs it: a stated relation, the event that names it as evidence
        assertThat(m.relations()).filteredOn(r -> r.basis() == Relation.Basis.STATED)
                .extracting(r -> r.a().id() + " " + r.type().label() + " " + r.b().id() + " " + r.from().value() + " " + r.evidence())
                .containsExactly("east supports fighters-backed-by-east 2018-06 [" + e.id() + "]");
    }

    @Test
    void aDyadSumsBothDirectionsPerPeriod() {
        AllianceModel m = model(List.of(event(NORTH, SOUTH, "2018-01-05", -10), event(SOUTH, NORTH, "2018-01-20", -5),
                event(NORTH, SOUTH, "2018-03-02", 4)), List.of());
        DyadSeries d = m.dyad("south", "north", Granularity.MONTH).orElseThrow();
        assertThat(d.series()).extracting(p -> p.period() + " " + p.events()).containsExactly("2018-01 2", "2018-03 1");
        assertThat(d.series().get(0).conflict()).isEqualTo(-7.5);   // unassessed acts weigh 0.5
        assertThat(d.series().get(0).cooperation()).isZero();
        assertThat(m.dyad("south", "nobody", Granularity.MONTH)).isEmpty();
    }

    @Test
    void alliesWhoTurnToFightingAreARupture() {
        List<CodedEvent> es = new ArrayList<>();
        for (int i = 1; i <= 4; i++) es.add(event(NORTH, EAST, "2017-0" + i + "-10", 6));
        for (int i = 5; i <= 8; i++) es.add(event(EAST, NORTH, "2017-0" + i + "-10", -8));
        List<Rupture> rs = model(es, List.of()).ruptures(Granularity.MONTH, 0.05);
        assertThat(rs).hasSize(1);
        Rupture r = rs.get(0);
        assertThat(r.period()).isEqualTo("2017-05");
        assertThat(r.before()).isPositive();
        assertThat(r.after()).isNegative();
        assertThat(r.pValue()).isLessThan(0.05);
        assertThat(r.evidence()).hasSize(4);
    }

    @Test
    void theEventsRelationOfAPairThatBrokeIsAlliesUntilTheTurnAndHostileAfter() {
        List<CodedEvent> es = new ArrayList<>();
        for (int i = 1; i <= 4; i++) es.add(event(NORTH, EAST, "2017-0" + i + "-10", 6));
        for (int i = 5; i <= 8; i++) es.add(event(EAST, NORTH, "2017-0" + i + "-10", -8));
        assertThat(model(es, List.of()).relations()).filteredOn(r -> r.basis() == Relation.Basis.EVENTS)
                .extracting(r -> r.type().label() + " " + r.from().value() + ".." + r.to().value() + " " + r.evidence().size())
                .containsExactly("ally 2017-01..2017-04 4", "hostile 2017-05..2017-08 4");
    }

    @Test
    void twoAlliesOfOneActorWhoFallOutAreARuptureOnAWeakerPrior() {
        // the militia is North's proxy and East North's ally: they start as friends of a friend
        List<CodedEvent> es = new ArrayList<>();
        for (int i = 1; i <= 5; i++) es.add(event(i % 2 == 0 ? MILITIA : EAST, i % 2 == 0 ? EAST : MILITIA, "2019-08-0" + i, -10));
        es.add(event(NORTH, SOUTH, "2019-08-11", -10));   // North is in the reports too
        List<Rupture> rs = model(es, List.of()).ruptures(Granularity.MONTH, 0.2);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.a().id() + "/" + r.b().id()).isEqualTo("east/militia");
            assertThat(r.before()).isEqualTo(1.0);
            assertThat(r.period()).isEqualTo("2019-08");
        });
    }

    @Test
    void enemiesFightingOnOrAMixedRecordAreNoRupture() {
        List<CodedEvent> es = new ArrayList<>();
        for (int i = 1; i <= 8; i++) es.add(event(NORTH, SOUTH, "2017-0" + i + "-10", i < 5 ? -2 : -9));
        for (int i = 1; i <= 8; i++) es.add(event(NORTH, EAST, "2017-0" + i + "-12", i % 2 == 0 ? 5 : -5));
        assertThat(model(es, List.of()).ruptures(Granularity.MONTH, 0.2)).isEmpty();
    }

    @Test
    void blocsSplitTheCampsOfAPeriod() {
        List<CodedEvent> es = List.of(event(NORTH, EAST, "2018-02-01", 5), event(NORTH, SOUTH, "2018-02-03", -9),
                event(MILITIA, SOUTH, "2018-02-05", -9));
        List<Bloc> bs = model(es, List.of()).blocs(Granularity.YEAR);
        assertThat(bs).hasSize(1);
        assertThat(bs.get(0).groups().get(0)).containsExactlyInAnyOrder("north", "east", "militia");
        assertThat(bs.get(0).groups()).anyMatch(g -> g.equals(List.of("south")));
    }

    @Test
    void aPeriodWhoseEventsNameNoTwoPrincipalsStillPlacesTheNamedActorsByTheirTies() {
        ActorRef gunmen = new ActorRef("gunmen", "gunmen", ActorKind.GROUP, null, Sector.REB, null, List.of("gunmen"),
                ActorRef.Origin.DERIVED, null);
        CodedEvent e = event(gunmen, MILITIA, "2018-06-01", -9);
        List<Bloc> bs = AllianceModel.build(LINKS, KNOWN::get, List.of(e), List.of(), Map.of(), List.of(NORTH, SOUTH, EAST)).blocs(Granularity.YEAR);
        assertThat(bs).hasSize(1);
        assertThat(bs.get(0).period()).isEqualTo("2018");
        assertThat(bs.get(0).groups()).anyMatch(g -> g.containsAll(List.of("north", "east"))).anyMatch(g -> g.equals(List.of("south")));
    }

    @Test
    void aRequestIsNoAlignmentWhileADemandIsHostility() {
        // "urged South to release the detained" (CAMEO 020, Goldstein +3) is said to an adversary as often as to a friend
        AllianceModel m = model(List.of(event(EAST, SOUTH, "2018-02-01", PloverType.REQUEST, "020", 3),
                event(NORTH, EAST, "2018-02-02", PloverType.REQUEST, "100", -5)), List.of());
        assertThat(m.relations()).filteredOn(r -> r.basis() == Relation.Basis.EVENTS)
                .extracting(r -> r.a().id() + " " + r.type().label() + " " + r.b().id()).containsExactly("east hostile north");
        assertThat(m.dyad("east", "south", Granularity.MONTH).orElseThrow().series().get(0).cooperation()).isZero();
    }

    @Test
    void wordsOfSupportWeighLessThanDeeds() {
        AllianceModel m = model(List.of(event(EAST, SOUTH, "2018-02-01", PloverType.SUPPORT, "051", 3.4),
                event(NORTH, EAST, "2018-02-02", PloverType.AID, "070", 7)), List.of());
        // unassessed acts weigh 0.5; diplomatic cooperation (05) counts half, aid (07) in full
        assertThat(m.dyad("east", "south", Granularity.MONTH).orElseThrow().series().get(0).cooperation()).isEqualTo(0.85);
        assertThat(m.dyad("north", "east", Granularity.MONTH).orElseThrow().series().get(0).cooperation()).isEqualTo(3.5);
    }

    @Test
    void theOrderOfBattleGroupsFiguresByActorPlaceAndPeriod() {
        ForceClaim a = force("f1", NORTH_GUARD, 2000, "2018-03");
        ForceClaim b = force("f2", NORTH_GUARD, 2600, "2018-05");
        ForceClaim c = force("f3", NORTH_GUARD, 900, "2019-01");
        List<ForceStanding> oob = model(List.of(), List.of(a, b, c)).orderOfBattle(Granularity.YEAR);
        assertThat(oob).extracting(f -> f.period() + " " + f.low() + "-" + f.high() + " " + f.claims().size())
                .containsExactly("2018 2000-2600 2", "2019 900-900 1");
    }

    static ForceClaim force(String id, ActorRef a, long n, String month) {
        return new ForceClaim(id, ArticleId.of(id), 0, 0, 5, n + " troops", m(a), n, Estimate.EXACT,
                new EventDate(PartialDate.parse(month).orElseThrow(), EventDate.Basis.ARTICLE), null, Modality.ASSERTED, List.of());
    }
}
