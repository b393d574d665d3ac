package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.ResolvedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.faultline.actors.resolver.TestDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** The resolver's rules on sentences the team wrote, without CoreNLP. */
class ActorResolverTest {
    static KnowledgeBase kb;
    static ActorResolver resolver;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load();
        resolver = ActorResolver.create(kb);
    }

    static ResolvedDocument resolve(String date, String text, String... names) {
        return resolver.apply(doc(date, text, names));
    }

    static Optional<ActorMention> at(ResolvedDocument d, String words) {
        return d.actors().stream().filter(m -> m.text().equals(words)).findFirst();
    }

    static String idOf(ResolvedDocument d, String words) {
        return at(d, words).map(m -> m.actor().id()).orElse(null);
    }

    @Test
    void everySpellingIsOneOrganization() {
        ResolvedDocument d = resolve("2018-05", "Hizballah fighters moved north. Hezbollah denied it. A Hizbollah commander was seen.");
        assertThat(d.actors()).extracting(m -> m.actor().id()).containsOnly("hezbollah").hasSize(3);
        assertThat(d.actors()).allSatisfy(m -> assertThat(m.basis()).isEqualTo(MentionBasis.ALIAS));
    }

    @Test
    void demonymsWithOrgansAreTheStatesOrgans() {
        ResolvedDocument d = resolve("2018-05", "Iranian troops and Syrian contingents moved east while the Israeli air force watched.");
        ActorMention troops = at(d, "Iranian troops").orElseThrow();
        assertThat(troops.actor().id()).isEqualTo("iran-military");
        assertThat(troops.actor().lineage()).containsExactly("iran-military", "iran");
        assertThat(troops.actor().origin()).isEqualTo(ActorRef.Origin.DERIVED);
        assertThat(troops.basis()).isEqualTo(MentionBasis.ORGAN);
        assertThat(idOf(d, "Israeli air force")).isEqualTo("israeli-air-force");

        ResolvedDocument fire = resolve("2022-03", "Iraqi airstrikes killed four militants. Airstrikes resumed at dawn.");
        assertThat(idOf(fire, "Iraqi airstrikes")).as("a state's fire stands for its military").isEqualTo("iraq-military");
        assertThat(fire.actors()).noneMatch(m -> m.text().equals("Airstrikes"));
    }

    @Test
    void anOrganTheKnowledgeBaseHasIsThatActorWhileItServesTheState() {
        ResolvedDocument d = resolve("2018-05", "Syrian contingents held the town. Israeli aircraft struck it while Assad's army "
                + "waited and Russia's defense ministry said nothing.");
        assertThat(idOf(d, "Syrian contingents")).isEqualTo("saa");
        assertThat(at(d, "Syrian contingents").orElseThrow().actor().lineage()).containsExactly("saa", "syria");
        assertThat(idOf(d, "Israeli aircraft")).isEqualTo("israeli-air-force");
        assertThat(idOf(d, "Assad's army")).isEqualTo("saa");
        assertThat(idOf(d, "Russia's defense ministry")).isEqualTo("russian-defence-ministry");
        ResolvedDocument after = resolve("2025-03", "Syrian contingents held the town.");
        assertThat(idOf(after, "Syrian contingents")).as("the SAA was dissolved with the Assad state").isEqualTo("syria-military");
    }

    @Test
    void affiliationCuesDefineGroupsByTheirBackers() {
        ResolvedDocument d = resolve("2018-05", "Russian-backed fighters clashed with pro-Iranian Shiite militias near the river.");
        ActorRef fighters = at(d, "Russian-backed fighters").orElseThrow().actor();
        assertThat(fighters.affiliation()).isEqualTo(new ActorRef.Affiliation(LinkType.BACKED_BY, "russia"));
        assertThat(fighters.id()).isEqualTo("fighters-backed-by-russia");
        ActorRef militias = at(d, "pro-Iranian Shiite militias").orElseThrow().actor();
        assertThat(militias.affiliation()).isEqualTo(new ActorRef.Affiliation(LinkType.BACKED_BY, "iran"));
        assertThat(militias.name()).isEqualTo("Shia militias backed by Iran");
        assertThat(d.actors()).noneMatch(m -> m.actor().id().equals("russia") || m.actor().id().equals("iran"));

        ResolvedDocument groups = resolve("2019-02", "Emirati-backed groups shelled the port. Human rights groups condemned the shelling.");
        assertThat(idOf(groups, "Emirati-backed groups")).as("a noun that names a group only after a cue")
                .isEqualTo("proxies-backed-by-united-arab-emirates");
        assertThat(groups.actors()).noneMatch(m -> m.text().contains("rights groups"));

        ResolvedDocument described = resolve("2019-02", "Kurdish fighters held the ridge.");
        assertThat(at(described, "Kurdish fighters").orElseThrow().actor().lineage()).as("a qualifier without a backer describes the group")
                .containsExactly("kurdish-fighters", "fighters");

        ResolvedDocument demonyms = resolve("2019-02", "The Syrian and Iranian forces ignored the opportunity.");
        assertThat(idOf(demonyms, "Syrian")).as("two states sharing one organ").isEqualTo("saa");
        assertThat(idOf(demonyms, "Iranian forces")).isEqualTo("iran-military");

        ResolvedDocument shared = resolve("2019-02", "Clashes erupted between Turkish-backed and Qatari-allied fighters.");
        assertThat(idOf(shared, "Turkish-backed")).as("two backers sharing one noun").isEqualTo("fighters-backed-by-turkey");
        assertThat(idOf(shared, "Qatari-allied fighters")).isEqualTo("fighters-allied-with-qatar");
    }

    @Test
    void statesBetweenPartiesOrReceivingAreActorsAndBetweenOtherThingsArePlaces() {
        ResolvedDocument d = resolve("2020-06", "Talks between Qatar and Azerbaijan ended. Canada sent aid to Ukraine. "
                + "Troops patrolled the border between Syria and Iraq. Support from Turkey and Egypt kept the council afloat.");
        assertThat(d.actors()).extracting(m -> m.actor().id()).contains("qatar", "azerbaijan", "canada", "ukraine", "turkey", "egypt")
                .doesNotContain("syria", "iraq");
    }

    @Test
    void possessiveOrgansAndHostileEpithets() {
        ResolvedDocument d = resolve("2017-03", "Assad's regime welcomed the move. The Zionist enemy will pay, the statement said.");
        ActorMention regime = at(d, "Assad's regime").orElseThrow();
        assertThat(regime.actor().lineage()).containsExactly("syria-government", "syria");
        ActorMention enemy = d.actors().stream().filter(m -> m.text().contains("Zionist enemy")).findFirst().orElseThrow();
        assertThat(enemy.actor().id()).isEqualTo("israel");
        assertThat(enemy.basis()).isEqualTo(MentionBasis.EPITHET);
    }

    @Test
    void officesAreReadAtTheReportsDate() {
        String text = "The Iranian president said talks would continue.";
        assertThat(idOf(resolve("2016-04", text), "Iranian president")).isEqualTo("hassan-rouhani");
        assertThat(idOf(resolve("2022-04", text), "Iranian president")).isEqualTo("ebrahim-raisi");
        assertThat(at(resolve("2016-04", text), "Iranian president").orElseThrow().basis()).isEqualTo(MentionBasis.OFFICE);
    }

    @Test
    void aTitleFollowedByTheNameIsThePersonOnce() {
        ResolvedDocument d = resolve("2018-08", "Iran's defense minister Amir Hatami visited Damascus on Sunday.", "PERSON:Amir Hatami");
        assertThat(d.actors()).extracting(m -> m.actor().id()).startsWith("amir-hatami");
        ActorMention hatami = d.actors().get(0);
        assertThat(hatami.text()).isEqualTo("Amir Hatami");
        assertThat(hatami.actor().lineage()).endsWith("iran");
        assertThat(d.actors()).noneMatch(m -> m.actor().id().equals("iran"));
    }

    @Test
    void pronounsAndNominalsReferBackToTheRightActor() {
        ResolvedDocument d = resolve("2018-09", "Hassan Nasrallah spoke on television. He said the war was over. "
                + "Qassem Soleimani arrived in Aleppo. Later the Iranian general met officers. The group denied everything.",
                "PERSON:Hassan Nasrallah", "PERSON:Qassem Soleimani");
        assertThat(idOf(d, "He")).isEqualTo("hassan-nasrallah");
        assertThat(at(d, "He").orElseThrow().basis()).isEqualTo(MentionBasis.COREFERENCE);
        assertThat(idOf(d, "Iranian general")).isEqualTo("qassem-soleimani");
        assertThat(d.actors()).noneMatch(m -> m.text().equals("The group"));   // no organization to refer to
    }

    @Test
    void aSubjectPronounContinuesTheSubjectNotTheNewestName() {
        ResolvedDocument d = resolve("2018-09", "Hassan Nasrallah met Qassem Soleimani in Beirut. He said the talks went well.",
                "PERSON:Hassan Nasrallah", "PERSON:Qassem Soleimani");
        assertThat(idOf(d, "He")).isEqualTo("hassan-nasrallah");
    }

    @Test
    void aPronounIsNotTheSubjectOrAdjunctOfItsOwnClause() {
        ResolvedDocument told = resolve("2015-10", "Qassem Soleimani flew to Moscow. Vladimir Putin told him to wait.",
                "PERSON:Qassem Soleimani", "PERSON:Vladimir Putin");
        assertThat(idOf(told, "him")).as("Putin told him: not Putin").isEqualTo("qassem-soleimani");
        ResolvedDocument without = resolve("2018-09", "Hassan Nasrallah spoke with Qassem Soleimani. "
                + "Without a word to the general, he left the room.", "PERSON:Hassan Nasrallah", "PERSON:Qassem Soleimani");
        assertThat(idOf(without, "the general")).isEqualTo("qassem-soleimani");
        assertThat(idOf(without, "he")).as("not the general he said nothing to").isEqualTo("hassan-nasrallah");
    }

    @Test
    void aNominalIsNotTheSubjectOfItsOwnClause() {
        ResolvedDocument d = resolve("2018-09", "Hassan Nasrallah met Qassem Soleimani. Later he criticised the general's tactics.",
                "PERSON:Hassan Nasrallah", "PERSON:Qassem Soleimani");
        assertThat(idOf(d, "he")).isEqualTo("hassan-nasrallah");
        assertThat(idOf(d, "the general")).isEqualTo("qassem-soleimani");
    }

    @Test
    void aPossessiveOpeningTheSubjectAndAReflexiveFollowTheSubject() {
        ResolvedDocument d = resolve("2019-03", "Qassem Soleimani tried to win Vladimir Putin over. His pitch failed. "
                + "The goals he set himself fell apart.", "PERSON:Qassem Soleimani", "PERSON:Vladimir Putin");
        assertThat(idOf(d, "His")).isEqualTo("qassem-soleimani");
        assertThat(idOf(d, "himself")).isEqualTo("qassem-soleimani");
    }

    @Test
    void theTitleAloneIsThePersonNamedEarlierWhoHoldsIt() {
        ResolvedDocument d = resolve("2019-03", "Binyamin Netanyahu spoke in Jerusalem. Donald Trump called. "
                + "Later the prime minister thanked him.", "PERSON:Binyamin Netanyahu", "PERSON:Donald Trump");
        assertThat(idOf(d, "the prime minister")).isEqualTo("benjamin-netanyahu");
        assertThat(at(d, "the prime minister").orElseThrow().basis()).isEqualTo(MentionBasis.COREFERENCE);
        assertThat(idOf(d, "him")).isEqualTo("donald-trump");
    }

    @Test
    void placesNamedAsModifiersAndSidesNamedByACueAreNotTheirActors() {
        ResolvedDocument d = resolve("2019-02", "The London-based daily reported shelling in the Damascus countryside. "
                + "Jets struck south of Damascus and on the outskirts of Aleppo. The pro-Assad coalition advanced. Russia to host talks.");
        // "Jets" opens a sentence: the air force of an unnamed state, read despite the capital
        assertThat(d.actors()).extracting(ActorMention::text).containsExactly("Jets", "Russia");
    }

    @Test
    void aliasesWithAPossessiveMatchTheSplitToken() {
        ResolvedDocument d = resolve("2018-09", "Hezbollah's military wing fired rockets.");
        assertThat(idOf(d, "Hezbollah's military wing")).isEqualTo("islamic-resistance-lebanon");
    }

    @Test
    void placesAfterLocativePrepositionsAreNotActorsButAgentsAre() {
        ResolvedDocument d = resolve("2018-09", "Troops arrived in Syria from Tehran. Syria accused Israel. Tehran denied it. "
                + "Northern Iraq is calm. Russia and Iran agreed on talks with Turkey.");
        assertThat(d.actors()).extracting(ActorMention::text).containsExactly("Troops", "Syria", "Israel", "Tehran", "Russia", "Iran", "Turkey");
        assertThat(idOf(d, "Tehran")).isEqualTo("iran-government");
        assertThat(at(d, "Tehran").orElseThrow().basis()).isEqualTo(MentionBasis.METONYM);
    }

    @Test
    void sharedAliasesAreChosenByTheOtherActorsOfTheReport() {
        ResolvedDocument d = resolve("2018-09", "Soleimani commands the Al Qods Brigades in Syria.");
        assertThat(idOf(d, "Al Qods Brigades")).isEqualTo("quds-force");
        ResolvedDocument gaza = resolve("2018-09", "Saraya al-Quds said the Al Qods Brigades fired rockets.");
        assertThat(idOf(gaza, "Al Qods Brigades")).isEqualTo("al-quds-brigades");
    }

    @Test
    void anArmedGroupsSurnameLikeNameNeedsAReportAboutArmedForces() {
        ResolvedDocument war = resolve("2018-02", "Wagner lost dozens of men near Deir ez-Zor. Syrian troops watched.");
        assertThat(idOf(war, "Wagner")).isEqualTo("wagner-group");
        ResolvedDocument music = resolve("2018-02", "Wagner wrote the Ring cycle. The festival sold out.", "PERSON:Wagner");
        assertThat(music.actors()).noneMatch(m -> m.actor().id().equals("wagner-group"));
        assertThat(idOf(music, "Wagner")).as("left to the recogniser: a person").isEqualTo("wagner");
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneTheReportNamesInFull() {
        ResolvedDocument joseph = resolve("2025-02", "Joseph Aoun met the envoy in Baabda. Aoun said the army would deploy south.");
        assertThat(lastIdOf(joseph, "Aoun")).isEqualTo("joseph-aoun");
        ResolvedDocument michel = resolve("2019-05", "Michel Aoun met the envoy in Baabda. Aoun said the talks went well.");
        assertThat(lastIdOf(michel, "Aoun")).isEqualTo("michel-aoun");
    }

    /** The actor of the last mention whose words are exactly {@code words}. */
    static String lastIdOf(ResolvedDocument doc, String words) {
        return doc.actors().stream().filter(m -> m.text().equals(words)).reduce((a, b) -> b).map(m -> m.actor().id()).orElse(null);
    }

    @Test
    void candidatesComeFromNamesNeverFromCommonWords() {
        ResolvedDocument d = resolve("2018-09", "Ahmed Rahal, a retired general, said so. COMMENTS follow. He agreed. Rahal added more.",
                "PERSON:Ahmed Rahal", "ORGANIZATION:COMMENTS", "PERSON:He", "PERSON:Rahal#2");
        ActorMention rahal = at(d, "Ahmed Rahal").orElseThrow();
        assertThat(rahal.actor().origin()).isEqualTo(ActorRef.Origin.CANDIDATE);
        assertThat(rahal.actor().id()).isEqualTo("ahmed-rahal");
        assertThat(d.actors()).noneMatch(m -> m.actor().origin() == ActorRef.Origin.CANDIDATE && !m.actor().id().equals("ahmed-rahal"));
        assertThat(idOf(d, "He")).isEqualTo("ahmed-rahal");
        assertThat(idOf(d, "Rahal")).as("a surname alone is the candidate named in full before").isEqualTo("ahmed-rahal");
    }

    @Test
    void aLoneCapitalisedWordTheReportAlsoWritesInLowerCaseIsNoCandidate() {
        ResolvedDocument d = resolve("2024-07", "Turtle said the vote was close. A turtle crossed the road. Ferrari won.",
                "ORGANIZATION:Turtle", "ORGANIZATION:Ferrari");
        assertThat(d.actors()).extracting(m -> m.actor().id()).containsExactly("ferrari");
    }

    @Test
    void peopleNamedByWhatTheyAreAreGenericGroups() {
        ResolvedDocument d = resolve("2018-09", "The civilians fled as rebels advanced on the town.");
        ActorRef civilians = at(d, "civilians").orElseThrow().actor();
        assertThat(civilians.sector()).isEqualTo(dev.faultline.domain.actor.Sector.CVL);
        assertThat(civilians.country()).isNull();
        assertThat(idOf(d, "rebels")).isEqualTo("rebels");
    }

    @Test
    void capitalisedNamesDoNotMatchLowercaseWords() {
        ResolvedDocument d = resolve("2018-09", "There was little hope, amal in Arabic, among the displaced.");
        assertThat(d.actors()).noneMatch(m -> m.actor().id().equals("amal-movement"));
    }

    @Test
    void userDictionariesAddCameoCodedActors(@TempDir Path dir) throws IOException {
        Path actors = Files.writeString(dir.resolve("actors.txt"), "FREEDONIA [FRD]\nFREEDONIAN_GUARD [FRDMIL]\nFREEDONIAN [FRD]\n");
        Path agents = Files.writeString(dir.resolve("agents.txt"), "POLICE [~COP]\n");
        ActorResolver withDictionary = ActorResolver.create(kb, List.of(TabariDictionary.load(List.of(actors), List.of(agents))));
        ResolvedDocument d = withDictionary.apply(doc("2018-09", "The Freedonian Guard shelled the border. Freedonian police arrested two men."));
        ActorMention police = d.actors().get(1);
        assertThat(police.text()).isEqualTo("Freedonian police");
        assertThat(police.actor().cameo()).isEqualTo("FRDCOP");
        ActorMention guard = d.actors().get(0);
        assertThat(guard.text()).isEqualTo("Freedonian Guard");
        assertThat(guard.actor().cameo()).isEqualTo("FRDMIL");
        assertThat(guard.basis()).isEqualTo(MentionBasis.DICTIONARY);
        assertThat(withDictionary.version()).isNotEqualTo(resolver.version());
    }

    @Test
    void referencesCarryTheirLineageAtADate() {
        assertThat(resolver.reference("qassem-soleimani", LocalDate.of(2018, 1, 1)).lineage())
                .containsExactly("qassem-soleimani", "quds-force", "irgc", "iran");
        assertThat(resolver.apply(doc("2018-09", "")).actors()).isEmpty();
    }
}
