package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.claim.IdentityClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.faultline.actors.resolver.TestDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actors the knowledge base does not know, read from what the report says of them: factions named by
 * what they are, the description, country and body a report gives an actor, short forms and other
 * spellings of a name, and pronouns across sentences. Sentences the team wrote, without CoreNLP.
 */
class ActorsFromTheTextTest {
    static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = ActorResolver.create(KnowledgeBase.load());
    }

    static ResolvedDocument resolve(String text, String... names) {
        return resolver.apply(doc("2024-03", text, names));
    }

    /** The actor of each mention whose words are exactly {@code words}, in order. */
    static List<String> idsOf(ResolvedDocument d, String words) {
        return d.actors().stream().filter(m -> m.text().equals(words)).map(m -> m.actor().id()).toList();
    }

    static ActorRef refOf(ResolvedDocument d, String words) {
        return d.actors().stream().filter(m -> m.text().equals(words)).findFirst().map(ActorMention::actor).orElseThrow();
    }

    @Test
    void aFactionsCollectiveNameIsTheGroupTheReportCalledSo() {
        ResolvedDocument d = resolve("The separatist Dawn Council seized the palace. The separatists also took the airport.",
                "ORGANIZATION:Dawn Council");
        assertThat(idsOf(d, "The separatists")).containsExactly("dawn-council");
        assertThat(idsOf(d, "separatist")).as("a description before a name is no actor of its own").isEmpty();

        ResolvedDocument houthis = resolve("Houthi rebels fired missiles at ships. The rebels later fired again.");
        assertThat(idsOf(houthis, "The rebels")).containsExactly("houthis");

        ResolvedDocument junta = resolve("Niger's junta expelled the envoy. The junta closed the border.");
        assertThat(idsOf(junta, "Niger's junta")).containsExactly("niger-junta");
        assertThat(refOf(junta, "Niger's junta").lineage()).containsExactly("niger-junta", "niger");
        assertThat(idsOf(junta, "The junta")).containsExactly("niger-junta");

        ResolvedDocument of = resolve("Separatists of the Dawn Council attacked the town.", "ORGANIZATION:Dawn Council");
        assertThat(idsOf(of, "Separatists")).containsExactly("dawn-council");

        ResolvedDocument backed = resolve("UAE-backed separatists clashed with government forces.");
        assertThat(refOf(backed, "UAE-backed separatists").affiliation()).isEqualTo(
                new ActorRef.Affiliation(dev.faultline.domain.actor.LinkType.BACKED_BY, "united-arab-emirates"));

        ResolvedDocument unknown = resolve("Fighting spread in the north. The separatists took the airport.");
        ActorRef separatists = refOf(unknown, "separatists");
        assertThat(separatists.id()).as("no group was named: no guess").isEqualTo("separatists");
        assertThat(separatists.country()).isNull();
        assertThat(separatists.sector()).isEqualTo(Sector.SEP);
    }

    @Test
    void whatTheReportSaysOfAnUnknownActorIsItsProfileAndItsClaims() {
        ResolvedDocument d = resolve("The Sudanese paramilitary Rapid Support Forces shelled the city. Ahmed Musa, a commander of the "
                + "Rapid Support Forces, denied it.", "ORGANIZATION:Rapid Support Forces", "PERSON:Ahmed Musa",
                "ORGANIZATION:Rapid Support Forces#2");
        ActorRef rsf = refOf(d, "Rapid Support Forces");
        assertThat(rsf.country()).isEqualTo("SDN");
        assertThat(rsf.sector()).isEqualTo(Sector.UAF);
        ActorRef musa = refOf(d, "Ahmed Musa");
        assertThat(musa.lineage()).as("a commander of the body belongs to it").containsExactly("ahmed-musa", "rapid-support-forces");
        assertThat(musa.country()).isEqualTo("SDN");
        assertThat(d.identities()).extracting(IdentityClaim::attribute, IdentityClaim::value)
                .contains(org.assertj.core.groups.Tuple.tuple(IdentityClaim.Attribute.COUNTRY, "SDN"),
                        org.assertj.core.groups.Tuple.tuple(IdentityClaim.Attribute.SECTOR, "UAF"));
        IdentityClaim country = d.identities().stream().filter(i -> i.attribute() == IdentityClaim.Attribute.COUNTRY).findFirst().orElseThrow();
        assertThat(country.text()).isEqualTo("Sudanese paramilitary Rapid Support Forces");
        assertThat(country.actor().actor()).as("the claim's mention carries the profiled reference").isEqualTo(rsf);

        ResolvedDocument apposition = resolve("The Dawn Council, a Libyan separatist group, took the port.", "ORGANIZATION:Dawn Council");
        assertThat(refOf(apposition, "Dawn Council").country()).isEqualTo("LBY");
        assertThat(refOf(apposition, "Dawn Council").sector()).isEqualTo(Sector.SEP);
        assertThat(apposition.actors()).extracting(ActorMention::text).containsExactly("Dawn Council");

        ResolvedDocument calling = resolve("An armed Lebanese group, calling itself the Revolutionary Justice Organisation, held the men.",
                "ORGANIZATION:Revolutionary Justice Organisation");
        assertThat(refOf(calling, "Revolutionary Justice Organisation").country()).isEqualTo("LBN");
        assertThat(calling.actors()).extracting(m -> m.actor().id()).startsWith("revolutionary-justice-organisation").doesNotContain("lebanon");
    }

    @Test
    void shortFormsAbbreviationsAndSpellingsAreTheNameGivenBefore() {
        ResolvedDocument d = resolve("The National Salvation Council (NSC) rejected the deal. Ahmed Musa, deputy head of the council, "
                + "said the NSC would fight. The Council later withdrew.", "ORGANIZATION:National Salvation Council", "PERSON:Ahmed Musa");
        assertThat(idsOf(d, "National Salvation Council")).containsExactly("national-salvation-council");
        assertThat(idsOf(d, "NSC")).as("the report's abbreviation, not the base's US National Security Council")
                .containsExactly("national-salvation-council");
        assertThat(idsOf(d, "the council")).containsExactly("national-salvation-council");
        assertThat(idsOf(d, "The Council")).containsExactly("national-salvation-council");
        assertThat(d.identities()).filteredOn(i -> i.attribute() == IdentityClaim.Attribute.ALIAS)
                .extracting(IdentityClaim::value).contains("NSC", "Council");

        ResolvedDocument committee = resolve("A statement by the NCRI Security and Anti-terrorism Committee said he was wounded.",
                "ORGANIZATION:NCRI Security and Anti-terrorism Committee");
        assertThat(refOf(committee, "NCRI Security and Anti-terrorism Committee").lineage()).as("a known body's committee is that body's")
                .containsExactly("ncri-security-and-anti-terrorism-committee", "ncri");

        ResolvedDocument spelling = resolve("Mohammed Hamdan Dagalo spoke first. Mohamed Hamdan Daglo later spoke again.",
                "PERSON:Mohammed Hamdan Dagalo", "PERSON:Mohamed Hamdan Daglo");
        assertThat(spelling.actors()).extracting(m -> m.actor().id()).containsExactly("mohammed-hamdan-dagalo", "mohammed-hamdan-dagalo");
    }

    @Test
    void itAndTheyStandForTheActorOfAnEarlierSentence() {
        ResolvedDocument d = resolve("The Dawn Council seized the port. It then attacked the airport. It is unclear why.",
                "ORGANIZATION:Dawn Council");
        assertThat(d.actors()).extracting(ActorMention::text).containsExactly("Dawn Council", "It");
        assertThat(idsOf(d, "It")).containsExactly("dawn-council");
        assertThat(d.actors().get(1).basis()).isEqualTo(MentionBasis.COREFERENCE);

        ResolvedDocument they = resolve("Houthi rebels fired missiles at ships. They said the ships were Israeli.");
        assertThat(idsOf(they, "They")).containsExactly("houthis");
        ResolvedDocument told = resolve("Israeli jets bombed the camp, Lebanese security sources said. They said ten died.");
        assertThat(idsOf(told, "They")).as("a 'they' after a source that is no actor is that source").isEmpty();

        ResolvedDocument hariri = resolve("Rafiq Hariri met the envoy. Saad Hariri spoke later.", "PERSON:Rafiq Hariri", "PERSON:Saad Hariri");
        assertThat(idsOf(hariri, "Rafiq Hariri")).as("another given name is another person").containsExactly("rafiq-hariri");
        assertThat(idsOf(hariri, "Saad Hariri")).containsExactly("saad-hariri");
    }

    @Test
    void aPlaceStandsForWhoHoldsIt() {
        ResolvedDocument sanaa = resolver.apply(doc("2020-05", "Sanaa said the drone was Saudi."));
        assertThat(idsOf(sanaa, "Sanaa")).as("the Houthis hold Sanaa since 2014").containsExactly("houthis");
        ResolvedDocument before = resolver.apply(doc("2012-05", "Sanaa said the drone was Saudi."));
        assertThat(idsOf(before, "Sanaa")).containsExactly("yemen-government");
        ResolvedDocument khartoum = resolver.apply(doc("2024-06", "Khartoum said the talks failed."));
        assertThat(khartoum.actors()).as("a capital fought over stands for no one").isEmpty();
        ResolvedDocument held = resolver.apply(doc("2012-05", "Houthi-held Sanaa was bombed. Sanaa said ten died."));
        assertThat(idsOf(held, "Sanaa")).as("the report says who holds it").containsExactly("houthis");

        ResolvedDocument recognised = resolve("The internationally recognised government of Yemen met in Riyadh. The UN-backed "
                + "government in Tripoli protested. Yemen's internationally recognized government agreed.");
        assertThat(idsOf(recognised, "internationally recognised government")).containsExactly("yemen-government");
        assertThat(idsOf(recognised, "government")).containsExactly("libya-government");
        assertThat(idsOf(recognised, "Yemen's internationally recognized government")).containsExactly("yemen-government");
        assertThat(recognised.actors()).noneMatch(m -> m.actor().id().contains("united-nations") || m.actor().id().equals("un"));

        ResolvedDocument kingdom = resolve("Saudi Arabia denied the claim. The kingdom said its air defences held.");
        assertThat(idsOf(kingdom, "The kingdom")).containsExactly("saudi-arabia");
        ResolvedDocument noKingdom = resolve("Troops crossed the border. The kingdom said nothing.");
        assertThat(noKingdom.actors()).as("no monarchy named: no guess").noneMatch(m -> m.text().contains("kingdom"));

        ResolvedDocument loyal = resolver.apply(doc("2019-05", "Forces loyal to Abdrabbuh Mansur Hadi retook the port."));
        ActorRef forces = refOf(loyal, "Forces loyal to Abdrabbuh Mansur Hadi");
        assertThat(forces.country()).as("the country of the one they are loyal to").isEqualTo("YEM");
        assertThat(forces.affiliation()).isEqualTo(new ActorRef.Affiliation(dev.faultline.domain.actor.LinkType.MEMBER_OF, "abdrabbuh-mansur-hadi"));
    }
}
