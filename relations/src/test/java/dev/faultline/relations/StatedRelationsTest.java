package dev.faultline.relations;

import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.domain.relation.Rupture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.faultline.relations.AllianceModelTest.EAST;
import static dev.faultline.relations.AllianceModelTest.KNOWN;
import static dev.faultline.relations.AllianceModelTest.LINKS;
import static dev.faultline.relations.AllianceModelTest.MILITIA;
import static dev.faultline.relations.AllianceModelTest.NORTH;
import static dev.faultline.relations.AllianceModelTest.SOUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relations the reports state, fed to the model as hand-made claims: rows of their own, blocs and ruptures. */
class StatedRelationsTest {
    static final ActorRef BRIGADES = new ActorRef("z-brigades", "Z Brigades", ActorKind.ORGANIZATION, null, Sector.UAF, null,
            List.of("z-brigades"), ActorRef.Origin.CANDIDATE, null);

    static final ActorRef WEST = AllianceModelTest.ref("west", ActorKind.STATE);

    private final AllianceModelTest events = new AllianceModelTest();

    static StatedRelation says(ActorRef a, RelationType type, ActorRef b, String day, String claim, double weight) {
        return new StatedRelation(a, type, b, day == null ? null : LocalDate.parse(day), claim, weight, false);
    }

    static StatedRelation ended(ActorRef a, RelationType type, ActorRef b, String day, String claim) {
        return new StatedRelation(a, type, b, LocalDate.parse(day), claim, 0.8, true);
    }

    static ActorRef organ(String id, String country) {
        return new ActorRef(id, id, ActorKind.ORGANIZATION, country, Sector.GOV, null, List.of(id), ActorRef.Origin.DERIVED, null);
    }

    static AllianceModel model(List<CodedEvent> es, List<StatedRelation> stated) {
        return AllianceModel.build(LINKS, KNOWN::get, es, List.of(), Map.of(), List.of(), stated);
    }

    static List<String> rows(AllianceModel m) {
        return m.relations().stream().filter(r -> r.basis() == Relation.Basis.STATED)
                .map(r -> r.a().id() + " " + r.type().label() + " " + r.b().id() + " " + value(r.from()) + ".." + value(r.to()) + " " + r.score() + " " + r.evidence())
                .toList();
    }

    private static String value(dev.faultline.domain.PartialDate d) {
        return d == null ? "" : d.value();
    }

    @Test
    void statedRelationsAreRowsOfTheirOwnWithTheirClaimsAsEvidence() {
        AllianceModel m = model(List.of(), List.of(
                says(BRIGADES, RelationType.ALLY, SOUTH, "2019-03-02", "c1", 0.6),
                says(SOUTH, RelationType.ALLY, BRIGADES, "2019-05-20", "c2", 0.9),
                says(EAST, RelationType.SUPPORTS, BRIGADES, "2019-04-01", "c3", 0.5),
                says(NORTH, RelationType.HOSTILE, BRIGADES, null, "c4", 0.5)));
        assertThat(rows(m)).containsExactlyInAnyOrder(
                "south ally z-brigades 2019-03..2019-05 1.5 [c1, c2]",
                "east supports z-brigades 2019-04..2019-04 0.5 [c3]",
                "north hostile z-brigades .. -0.5 [c4]");
        assertThat(m.actor("z-brigades")).as("an actor named only in a claim joins the model").contains(BRIGADES);
    }

    @Test
    void aClaimThatTheRelationEndedClosesItsRow() {
        AllianceModel m = model(List.of(), List.of(
                says(BRIGADES, RelationType.ALLY, SOUTH, "2019-03-02", "c1", 0.6),
                ended(SOUTH, RelationType.ALLY, BRIGADES, "2019-08-10", "c2"),
                says(BRIGADES, RelationType.ALLY, SOUTH, "2020-01-05", "c3", 0.6)));
        assertThat(rows(m)).containsExactlyInAnyOrder("south ally z-brigades 2019-03..2019-08 1.4 [c1, c2]",
                "south ally z-brigades 2020-01..2020-01 0.6 [c3]");
    }

    @Test
    void theBlocsOfAPeriodFollowWhatTheReportsStateThen() {
        // West only met North (a consultation, weak evidence); the reports say West backs South, North's enemy
        List<CodedEvent> es = List.of(events.event(NORTH, SOUTH, "2018-02-03", -9),
                events.event(WEST, NORTH, "2018-03-01", dev.faultline.domain.event.PloverType.CONSULT, "040", 1));
        assertThat(model(es, List.of()).blocs(Granularity.YEAR)).singleElement()
                .satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("north", "west"))));
        StatedRelation backs = says(WEST, RelationType.SUPPORTS, SOUTH, "2018-01-20", "c1", 1.0);
        assertThat(model(es, List.of(backs)).blocs(Granularity.YEAR)).singleElement()
                .satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("west", "south")) && !g.contains("north")));
        // a statement made after the period, or one that says the tie ended, places nobody in it
        StatedRelation later = says(WEST, RelationType.SUPPORTS, SOUTH, "2019-01-20", "c1", 1.0);
        assertThat(model(es, List.of(later)).blocs(Granularity.YEAR)).filteredOn(b -> b.period().equals("2018")).singleElement()
                .satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("north", "west"))));
        StatedRelation over = ended(WEST, RelationType.SUPPORTS, SOUTH, "2018-01-25", "c2");
        assertThat(model(es, List.of(backs, over)).blocs(Granularity.YEAR)).singleElement()
                .satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("north", "west"))));
    }

    @Test
    void allyStatedBeforeFightingIsTheBaselineOfARupture() {
        List<CodedEvent> es = new ArrayList<>();
        es.add(events.event(MILITIA, SOUTH, "2019-08-05", -10));
        es.add(events.event(SOUTH, MILITIA, "2019-08-12", -10));
        es.add(events.event(MILITIA, SOUTH, "2019-09-01", -8));
        assertThat(model(es, List.of()).ruptures(Granularity.MONTH, 0.2)).as("without a stated tie, enemies from the first act").isEmpty();
        List<StatedRelation> allies = List.of(says(MILITIA, RelationType.ALLY, SOUTH, "2019-06-01", "c1", 0.9),
                says(SOUTH, RelationType.ALLY, MILITIA, "2019-07-01", "c2", 0.9), says(MILITIA, RelationType.MEMBER_OF, SOUTH, "2019-07-15", "c3", 0.9));
        List<Rupture> rs = model(es, allies).ruptures(Granularity.MONTH, 0.2);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.a().id() + "/" + r.b().id()).isEqualTo("militia/south");
            assertThat(r.period()).isEqualTo("2019-08");
            assertThat(r.before()).isPositive();
            assertThat(r.after()).isNegative();
            assertThat(r.pValue()).isLessThanOrEqualTo(0.2);
        });
    }

    @Test
    void aReportThatAnAllianceEndedIsARuptureOfItsOwn() {
        List<Rupture> rs = model(List.of(), List.of(ended(MILITIA, RelationType.ALLY, SOUTH, "2019-08-10", "c9"))).ruptures(Granularity.MONTH, 0.05);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2019-08");
            assertThat(r.evidence()).containsExactly("c9");
        });
        assertThat(model(List.of(), List.of(says(MILITIA, RelationType.ALLY, SOUTH, "2019-08-10", "c9", 0.8))).ruptures(Granularity.MONTH, 1)).isEmpty();
    }

    @Test
    void aMisreadClaimBetweenStatesOrUnderAPersonIsLeftOut() {
        ActorRef leader = AllianceModelTest.ref("leader", ActorKind.PERSON);
        AllianceModel m = model(List.of(), List.of(says(SOUTH, RelationType.MEMBER_OF, EAST, "2024-07-01", "c1", 0.5),
                says(BRIGADES, RelationType.LEADS, leader, "2024-07-01", "c2", 0.5), says(leader, RelationType.LEADS, BRIGADES, "2024-07-01", "c3", 0.5),
                says(SOUTH, RelationType.PROXY_OF, EAST, "2024-07-01", "c4", 0.5),
                says(organ("south-government", "SOU"), RelationType.MEMBER_OF, organ("east-government", "EAS"), "2024-07-01", "c5", 0.5),
                says(organ("south-government", "SOU"), RelationType.MEMBER_OF, organ("south-cabinet", "SOU"), "2024-07-01", "c6", 0.5)));
        assertThat(rows(m)).extracting(r -> r.substring(r.lastIndexOf('['))).containsExactlyInAnyOrder("[c3]", "[c4]", "[c6]");
        assertThat(m.blocs(Granularity.YEAR)).singleElement().satisfies(b -> assertThat(b.groups()).noneMatch(g -> g.containsAll(List.of("south", "east", "z-brigades"))));
    }

    @Test
    void aClaimPlacesAnActorAsItsEventsDoWhateverLineageTheClaimsOwnReferenceGives() {
        // the events name a leader without lineage; the claim's own reference already runs up to the state it leads
        ActorRef leader = new ActorRef("leader", "Leader", ActorKind.PERSON, null, null, null, List.of("leader"), ActorRef.Origin.CANDIDATE, null);
        ActorRef leaderOfWest = new ActorRef("leader", "Leader", ActorKind.PERSON, null, null, null, List.of("leader", "west"), ActorRef.Origin.CANDIDATE, null);
        List<CodedEvent> es = List.of(events.event(leader, NORTH, "2024-07-02", -9), events.event(WEST, SOUTH, "2024-07-03", 6));
        AllianceModel m = model(es, List.of(says(leaderOfWest, RelationType.LEADS, WEST, "2024-07-01", "c1", 0.8)));
        assertThat(m.blocs(Granularity.YEAR)).singleElement().satisfies(b -> assertThat(b.groups()).anyMatch(g -> g.containsAll(List.of("leader", "west", "south"))));
    }

    @Test
    void aClaimOfAnActorWithItselfOrWithoutWeightIsRefused() {
        assertThatThrownBy(() -> says(SOUTH, RelationType.ALLY, SOUTH, "2019-01-01", "c1", 1)).hasMessageContaining("c1").hasMessageContaining("itself");
        assertThatThrownBy(() -> says(SOUTH, RelationType.ALLY, EAST, "2019-01-01", "c1", Double.NaN)).hasMessageContaining("weight");
    }
}
