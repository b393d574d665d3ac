package dev.faultline.actors.kb;

import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.AliasKind;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.StateProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped knowledge base loads without a problem and holds what the rest of Faultline relies on. */
class ShippedKnowledgeBaseTest {
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load();
    }

    private static List<String> ids(String text) {
        return kb.lookup(text).stream().map(AliasClaim::actor).toList();
    }

    @Test
    void everyShippedFileDeclaresAVersion() {
        assertThat(kb.versions()).containsKeys("states.yaml", "organs.yaml", "iran.yaml", "media.yaml");
    }

    @Test
    void spellingsOfHezbollahAndTheQudsForceResolve() {
        for (String s : List.of("Hizballah", "Hezbollah", "Hizbollah", "Hizbullah", "HEZBOLLAH")) {
            assertThat(ids(s)).as(s).containsExactly("hezbollah");
        }
        for (String s : List.of("Al Qods", "Quds Force", "IRGC-QF", "Qods Force")) {
            assertThat(ids(s)).as(s).containsExactly("quds-force");
        }
        assertThat(ids("Solaimani")).containsExactly("qassem-soleimani");
        assertThat(ids("Suleimani")).containsExactly("qassem-soleimani");
    }

    @Test
    void capitalsAndDemonymsNameTheirState() {
        assertThat(ids("Tehran")).containsExactly("iran");
        assertThat(ids("Iranian")).containsExactly("iran");
        assertThat(ids("Iranians")).containsExactly("iran");
        assertThat(kb.lookup("Tehran").get(0).alias().kind()).isEqualTo(AliasKind.CAPITAL);
        assertThat(kb.lookup("Tehran").get(0).alias().sector()).isEqualTo(Sector.GOV);
        assertThat(ids("Damascus")).containsExactly("syria");
        assertThat(ids("Britons")).containsExactly("united-kingdom");
    }

    @Test
    void abbreviationsThatAreEnglishWordsMatchOnlyInCapitals() {
        assertThat(ids("IS")).containsExactly("isis");
        assertThat(ids("is")).isEmpty();
        assertThat(ids("US")).containsExactly("united-states");
        assertThat(ids("U.S.")).containsExactly("united-states");
        assertThat(ids("us")).isEmpty();
        assertThat(ids("polish")).isEmpty();
        assertThat(ids("Polish")).containsExactly("poland");
        assertThat(ids("Lebanese Forces")).containsExactly("lebanese-forces");
        assertThat(ids("Lebanese forces")).isEmpty();
    }

    @Test
    void hostileEpithetsAreMarked() {
        List<AliasClaim> claims = kb.lookup("the Zionist enemy");
        assertThat(claims).extracting(AliasClaim::actor).containsExactly("israel");
        assertThat(claims.get(0).alias().hostile()).isTrue();
        assertThat(kb.lookup("Zionist regime").get(0).alias().hostile()).isTrue();
        assertThat(kb.lookup("Israel").get(0).alias().hostile()).isFalse();
    }

    @Test
    void sharedAliasesReturnEveryClaimant() {
        assertThat(ids("Congolese")).containsExactlyInAnyOrder("dr-congo", "congo-brazzaville");
        assertThat(ids("Assad")).first().isEqualTo("bashar-al-assad");
    }

    @Test
    void soleimanisLineageIn2018RunsThroughTheQudsForceAndTheIrgcToIran() {
        assertThat(kb.lineage("qassem-soleimani", LocalDate.of(2018, 6, 1)))
                .containsExactly("qassem-soleimani", "quds-force", "irgc", "iran");
        assertThat(kb.lineage("hezbollah", LocalDate.of(2018, 6, 1))).containsExactly("hezbollah");
        assertThat(kb.lineage("hassan-nasrallah", LocalDate.of(2018, 6, 1))).containsExactly("hassan-nasrallah", "hezbollah");
        assertThat(kb.lineage("amir-hatami", LocalDate.of(2018, 6, 1))).containsExactly("amir-hatami", "iran");
        assertThat(kb.lineage("russian-military-police", LocalDate.of(2018, 8, 1)))
                .containsExactly("russian-military-police", "russian-armed-forces", "russia");
        assertThat(kb.lineage("no-such-actor", LocalDate.of(2018, 1, 1))).isEmpty();
    }

    @Test
    void officesAreTimeAware() {
        assertThat(kb.officeHolder("president", "iran", LocalDate.of(2016, 5, 1))).map(Actor::id).contains("hassan-rouhani");
        assertThat(kb.officeHolder("president", "iran", LocalDate.of(2022, 5, 1))).map(Actor::id).contains("ebrahim-raisi");
        assertThat(kb.officeHolder("defense minister", "iran", LocalDate.of(2018, 9, 1))).map(Actor::id).contains("amir-hatami");
        assertThat(kb.officeHolder("minister of defence", "iran", LocalDate.of(2022, 1, 1))).map(Actor::id).contains("mohammad-reza-ashtiani");
        assertThat(kb.officeHolder("commander", "irgc", LocalDate.of(2015, 12, 1))).map(Actor::id).contains("mohammad-ali-jafari");
        assertThat(kb.officeHolder("commander", "quds-force", LocalDate.of(2020, 1, 2))).map(Actor::id).contains("qassem-soleimani");
        assertThat(kb.officeHolder("commander", "quds-force", LocalDate.of(2020, 1, 3))).map(Actor::id).contains("esmail-qaani");
        assertThat(kb.officeHolder("secretary-general", "hezbollah", LocalDate.of(2018, 9, 1))).map(Actor::id).contains("hassan-nasrallah");
        assertThat(kb.officeHolder("secretary of state", "united-states", LocalDate.of(2019, 3, 1))).map(Actor::id).contains("mike-pompeo");
        assertThat(kb.officeHolder("national security adviser", "united-states", LocalDate.of(2019, 3, 1))).map(Actor::id).contains("john-bolton");
        assertThat(kb.officeHolder("defense minister", "russia", LocalDate.of(2016, 5, 1))).map(Actor::id).contains("sergei-shoigu");
        assertThat(kb.officeHolder("president", "syria", LocalDate.of(2016, 5, 1))).map(Actor::id).contains("bashar-al-assad");
        assertThat(kb.officeHolder("prime minister", "israel", LocalDate.of(2019, 3, 1))).map(Actor::id).contains("benjamin-netanyahu");
        assertThat(kb.officeHolder("president", "iran", LocalDate.of(1970, 1, 1))).isEmpty();
    }

    @Test
    void theNamedLinksOfTheSeedScenarioExist() {
        LocalDate d = LocalDate.of(2018, 9, 1);
        assertThat(kb.linksFrom("hezbollah", LinkType.PROXY_OF, d)).extracting(l -> l.object()).contains("iran");
        assertThat(kb.linksFrom("hezbollah", LinkType.BACKED_BY, d)).extracting(l -> l.object()).contains("iran");
        assertThat(kb.linksFrom("qassem-soleimani", LinkType.COMMANDS, d)).extracting(l -> l.object()).containsExactly("quds-force");
        assertThat(kb.linksFrom("qassem-soleimani", LinkType.COMMANDS, LocalDate.of(2020, 2, 1))).isEmpty();
        assertThat(kb.linksFrom("hassan-nasrallah", LinkType.LEADS, d)).extracting(l -> l.object()).containsExactly("hezbollah");
        for (String person : List.of("mohammad-javad-zarif", "vladimir-putin", "bashar-al-assad", "benjamin-netanyahu",
                "mike-pompeo", "john-bolton", "ali-khamenei", "recep-tayyip-erdogan", "sergey-lavrov", "valery-gerasimov", "donald-trump")) {
            assertThat(kb.actor(person)).as(person).isPresent();
            assertThat(kb.actor(person).get().kind()).isEqualTo(ActorKind.PERSON);
        }
    }

    @Test
    void everyStateHasIsoCodeDemonymAndCapital() {
        assertThat(kb.states()).hasSizeGreaterThanOrEqualTo(190);
        for (StateProfile s : kb.states()) {
            assertThat(s.iso3()).as(s.actor()).matches("[A-Z]{3}");
            assertThat(s.adjective()).as(s.actor()).isNotBlank();
            assertThat(s.plural()).as(s.actor()).isNotBlank();
            assertThat(s.capital()).as(s.actor()).isNotBlank();
            assertThat(kb.actor(s.actor()).get().kind()).isEqualTo(ActorKind.STATE);
        }
        assertThat(kb.stateByIso3("IRN")).map(StateProfile::actor).contains("iran");
        assertThat(kb.stateByIso3("PSE")).map(StateProfile::capital).contains("Ramallah");
    }

    @Test
    void genericOrgansComposeOnceForAllStates() {
        assertThat(kb.organ("air force")).map(GenericOrgan::sector).contains(Sector.MIL);
        assertThat(kb.organ("Regime")).map(GenericOrgan::sector).contains(Sector.GOV);
        assertThat(kb.organ("intelligence")).map(GenericOrgan::sector).contains(Sector.SPY);
        assertThat(kb.organ("police")).map(GenericOrgan::sector).contains(Sector.COP);
        assertThat(kb.organ("militias")).map(GenericOrgan::relation).contains(GenericOrgan.Relation.OF_COUNTRY);
        assertThat(kb.organ("forces")).map(GenericOrgan::relation).contains(GenericOrgan.Relation.PART_OF);
        assertThat(kb.cues()).anySatisfy(c -> assertThat(c.text()).isEqualTo("backed"));
        assertThat(kb.qualifiers()).anySatisfy(q -> assertThat(q.words()).contains("Shiite"));
    }

    @Test
    void everyActorCitesASourceAndMediaUseOneSector() {
        assertThat(kb.actors()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        for (String outlet : List.of("reuters", "afp", "ap", "sana", "irna", "tasnim", "fars", "tass", "ria-novosti", "al-jazeera",
                "al-arabiya", "asharq-al-awsat", "al-ahram", "jerusalem-post", "haaretz", "times-of-israel", "debkafile",
                "breitbart", "bloomberg", "bbc", "cnn", "sohr", "bas-news", "rudaw", "al-masdar-news", "enab-baladi")) {
            assertThat(kb.actor(outlet)).as(outlet).map(Actor::sector).contains(Sector.MED);
        }
        assertThat(ids("Ahram Online")).containsExactly("al-ahram");
        assertThat(ids("DEBKA Weekly")).containsExactly("debkafile");
    }
}
