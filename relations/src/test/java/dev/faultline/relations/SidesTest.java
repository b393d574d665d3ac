package dev.faultline.relations;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.faultline.relations.AllianceModelTest.m;
import static org.assertj.core.api.Assertions.assertThat;

/** A conflict the knowledge base barely knows: its factions, leaders and composed state organs take their sides. */
class SidesTest {
    static final ActorRef NORLAND = state("norland", "NRL");
    static final ActorRef SUDLAND = state("sudland", "SUD");
    /** "the Norlandic police": an organ the text composes, which the knowledge base does not list. */
    static final ActorRef POLICE = new ActorRef("police-nrl", "police (NRL)", ActorKind.GROUP, "NRL", Sector.COP, null,
            List.of("police-nrl", "police"), ActorRef.Origin.DERIVED, null);
    static final ActorRef SEPARATISTS = new ActorRef("separatists-nrl", "separatists (NRL)", ActorKind.GROUP, "NRL", Sector.SEP, null,
            List.of("separatists-nrl", "separatists"), ActorRef.Origin.DERIVED, null);
    static final ActorRef COUNCIL = candidate("southern-council", ActorKind.ORGANIZATION, null);
    static final ActorRef LEADER = candidate("aidarus-zubaidi", ActorKind.PERSON, null);
    static final ActorRef HOSTAGE = candidate("terry-smith", ActorKind.PERSON, null);
    static final ActorRef CIVILIANS = new ActorRef("civilians-nrl", "civilians (NRL)", ActorKind.GROUP, "NRL", Sector.CVL, null,
            List.of("civilians-nrl", "civilians"), ActorRef.Origin.DERIVED, null);

    static ActorRef state(String id, String country) {
        return new ActorRef(id, id, ActorKind.STATE, country, null, null, List.of(id), ActorRef.Origin.KNOWN, null);
    }

    static ActorRef candidate(String id, ActorKind kind, Sector sector) {
        return new ActorRef(id, id, kind, null, sector, null, List.of(id), ActorRef.Origin.CANDIDATE, null);
    }

    private int n;

    CodedEvent event(ActorRef from, ActorRef to, String day, PloverType type, String cameo, double goldstein) {
        n++;
        return new CodedEvent("e" + n, ArticleId.of("a" + n), 0, 0, 5, "text " + n, new EventDate(PartialDate.ofDay(LocalDate.parse(day)),
                EventDate.Basis.EXPLICIT), List.of(m(from)), List.of(m(to)), type, null, List.of(), cameo, goldstein, Modality.ASSERTED, null,
                null, 0.9, List.of(Attribution.outlet("The Daily Ledger")));
    }

    CodedEvent fight(ActorRef from, ActorRef to, String day) {
        return event(from, to, day, PloverType.ASSAULT, "190", -10);
    }

    static AllianceModel model(List<CodedEvent> es) {
        return AllianceModel.build(List.of(), id -> null, es, List.of(), Map.of(), List.of(NORLAND, SUDLAND));
    }

    @Test
    void aComposedStateOrgansActsCountForItsState() {
        AllianceModel m = model(List.of(fight(POLICE, SEPARATISTS, "2019-08-01")));
        assertThat(m.relations()).filteredOn(r -> r.basis() == Relation.Basis.EVENTS && r.rolledUp())
                .extracting(r -> r.a().id() + " " + r.type().label() + " " + r.b().id()).containsExactly("norland hostile separatists-nrl");
    }

    @Test
    void aComposedOrganThatActsIsASideTiedToItsStateAndCanPartFromIt() {
        ActorRef army = new ActorRef("military-nrl", "military (NRL)", ActorKind.GROUP, "NRL", Sector.MIL, null, List.of("military-nrl", "military"),
                ActorRef.Origin.DERIVED, null);
        List<Bloc> loyal = model(List.of(fight(army, SEPARATISTS, "2019-08-01"))).blocs(Granularity.YEAR);
        assertThat(loyal).singleElement().satisfies(b -> assertThat(b.groups()).contains(List.of("military-nrl", "norland"), List.of("separatists-nrl")));
        List<Bloc> coup = model(List.of(fight(army, NORLAND, "2019-08-01"), event(army, SEPARATISTS, "2019-08-02", PloverType.COOPERATE, "060", 6)))
                .blocs(Granularity.YEAR);
        assertThat(coup).singleElement().satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("military-nrl", "separatists-nrl")))
                .anyMatch(g -> g.equals(List.of("norland"))));
    }

    @Test
    void factionsTheKnowledgeBaseLacksAndTheirLeadersTakeSidesInBlocs() {
        List<CodedEvent> es = List.of(fight(SEPARATISTS, POLICE, "2019-08-01"), fight(COUNCIL, NORLAND, "2019-08-02"),
                event(SUDLAND, COUNCIL, "2019-08-03", PloverType.AID, "070", 7), event(LEADER, SEPARATISTS, "2019-08-04", PloverType.COOPERATE, "060", 6),
                event(COUNCIL, SEPARATISTS, "2019-08-04", PloverType.COOPERATE, "060", 6),
                fight(LEADER, NORLAND, "2019-08-05"), fight(NORLAND, HOSTAGE, "2019-08-06"), fight(SEPARATISTS, CIVILIANS, "2019-08-07"));
        List<Bloc> bs = model(es).blocs(Granularity.YEAR);
        assertThat(bs).singleElement().satisfies(b -> {
            assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("separatists-nrl", "southern-council", "sudland", "aidarus-zubaidi"))
                    && !g.contains("norland"));
            assertThat(b.groups()).anyMatch(g -> g.contains("norland"));
            assertThat(b.groups().stream().flatMap(List::stream)).as("a hostage, civilians and an organ of a state placed take no side of their own")
                    .doesNotContain("terry-smith", "civilians-nrl", "police-nrl");
        });
    }
}
