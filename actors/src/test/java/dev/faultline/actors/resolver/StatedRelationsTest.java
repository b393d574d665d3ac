package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.EventDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.faultline.actors.resolver.TestDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** Relations a report states between the actors it names, read into sourced claims, on sentences the team wrote. */
class StatedRelationsTest {
    static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = ActorResolver.create(KnowledgeBase.load());
    }

    static List<String> relations(String text, String... names) {
        ResolvedDocument d = resolver.apply(doc("2024-03", text, names));
        return d.relations().stream().map(r -> r.a().actor().id() + " " + r.type().label() + " " + r.b().actor().id()).toList();
    }

    @Test
    void anAppositionWithAnOfficeMakesTheHolderPartOfTheBody() {
        ResolvedDocument d = resolver.apply(doc("2024-03", "Ahmed Musa, deputy head of the National Salvation Council, spoke.",
                "PERSON:Ahmed Musa", "ORGANIZATION:National Salvation Council"));
        assertThat(d.relations()).hasSize(1);
        RelationClaim r = d.relations().get(0);
        assertThat(r.a().actor().id()).isEqualTo("ahmed-musa");
        assertThat(r.type().label()).isEqualTo("member_of");
        assertThat(r.b().actor().id()).isEqualTo("national-salvation-council");
        assertThat(r.cue()).isEqualTo("deputy head");
        assertThat(r.text()).isEqualTo("Ahmed Musa, deputy head of the National Salvation Council");
        assertThat(r.sentence()).isZero();
        assertThat(r.date()).isEqualTo(new EventDate(dev.faultline.domain.PartialDate.parse("2024-03").orElseThrow(), EventDate.Basis.ARTICLE));
        assertThat(r.article()).isEqualTo(d.document().article().id());

        assertThat(relations("Hassan Ali, commander of the Zintan Brigades, spoke.", "PERSON:Hassan Ali", "ORGANIZATION:Zintan Brigades"))
                .containsExactly("hassan-ali commands zintan-brigades");
        assertThat(relations("Hassan Ali, a commander of the Zintan Brigades, spoke.", "PERSON:Hassan Ali", "ORGANIZATION:Zintan Brigades"))
                .as("an indefinite office is membership").containsExactly("hassan-ali member_of zintan-brigades");
    }

    @Test
    void wordsBetweenTwoActorsStateHowTheyStand() {
        assertThat(relations("The Zintan Brigades, loyal to the Dawn Council, withdrew.", "ORGANIZATION:Zintan Brigades",
                "ORGANIZATION:Dawn Council")).containsExactly("zintan-brigades member_of dawn-council");
        assertThat(relations("The Houthis, backed by Iran, fired missiles.")).containsExactly("iran supports houthis");
        assertThat(relations("Guerrillas loyal to Palestinian leader Yasser Arafat held the camp.", "PERSON:Yasser Arafat"))
                .as("past a demonym and a title to the name").containsExactly("rebels member_of yasser-arafat");
        assertThat(relations("The Southern Transitional Council, a separatist group backed by the United Arab Emirates, seized the port."))
                .containsExactly("united-arab-emirates supports southern-transitional-council");
        assertThat(relations("The Zintan Brigades, under the command of Khalid Omar, withdrew.", "ORGANIZATION:Zintan Brigades",
                "PERSON:Khalid Omar")).containsExactly("khalid-omar commands zintan-brigades");
    }

    @Test
    void aStateAfterAnAllyOfOrToIsTheOtherSideAndAListAfterACueNamesEach() {
        assertThat(relations("Russia is an ally of Venezuela.")).as("'of Venezuela' after an ally is no place")
                .containsExactly("russia ally venezuela");
        assertThat(relations("Cuba has long been an ally to China, Iran and Russia."))
                .containsExactly("cuba ally china", "cuba ally iran", "cuba ally russia");
        assertThat(relations("The Houthis, backed by Iran and Syria, fired missiles.")).containsExactly("iran supports houthis", "syria supports houthis");
        assertThat(relations("Fighting raged in the northern part of Syria and Iraq.")).as("a part of a state is a place").isEmpty();
    }

    @Test
    void aNounForWhatOneIsToTheOtherReadsEitherWay() {
        assertThat(relations("Hamas's armed wing, the Qassam Brigades, fired rockets.")).containsExactly("qassam-brigades member_of hamas");
        assertThat(relations("The Dawn Council and its ally the Zintan Brigades advanced.", "ORGANIZATION:Dawn Council",
                "ORGANIZATION:Zintan Brigades")).containsExactly("zintan-brigades ally dawn-council");
        assertThat(relations("Syrian government forces and their Hezbollah allies advanced."))
                .containsExactly("hezbollah ally saa");
        assertThat(relations("The Dawn Council seized the port. Its leader Khalid Omar spoke.", "ORGANIZATION:Dawn Council",
                "PERSON:Khalid Omar")).as("an owner pronoun that opens a sentence stands for the actor before")
                .containsExactly("khalid-omar leads dawn-council");
        assertThat(relations("The Zintan Brigades, the Dawn Council's former ally, withdrew.", "ORGANIZATION:Zintan Brigades",
                "ORGANIZATION:Dawn Council")).as("a former tie states nothing about now").isEmpty();
    }

    @Test
    void joiningAndListingMembersMakeMembers() {
        assertThat(relations("Local Arab fighters joined the SDF.")).containsExactly("arab-fighters member_of sdf");
        assertThat(relations("The Northern Alliance included the Jamiat Council, the Wahdat Party and the Junbish Movement.",
                "ORGANIZATION:Northern Alliance", "ORGANIZATION:Jamiat Council", "ORGANIZATION:Wahdat Party", "ORGANIZATION:Junbish Movement"))
                .containsExactly("jamiat-council member_of northern-alliance", "wahdat-party member_of northern-alliance",
                        "junbish-movement member_of northern-alliance");
    }

    @Test
    void aPrepositionsObjectIsNotWhatTheCueAfterItDescribes() {
        assertThat(relations("Traders bought oil from the Dawn Council on behalf of the Zintan Brigades.", "ORGANIZATION:Dawn Council",
                "ORGANIZATION:Zintan Brigades")).isEmpty();
    }
}
