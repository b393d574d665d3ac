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

    @Test
    void casualtiesAreCountedAsAReaderCountsThem() {
        assertThat(killed("On 3 January 2022, gunmen killed a merchant in the village.")).contains(1L);
        assertThat(killed("The air force carried out an airstrike that killed at least 20 militiamen.")).contains(20L);
        assertThat(killed("Militants attacked the camp. Six soldiers and three militants were killed in the fighting.")).contains(9L);
        assertThat(killed("Gunmen attacked the convoy of battalion 101, killing an 80-year-old civilian.")).doesNotContain(101L, 80L).contains(1L);
    }

    private static List<Long> killed(String text) {
        return code("2022-01-05", text).events().stream().filter(e -> e.size() != null && e.size().killed() != null)
                .map(e -> e.size().killed()).toList();
    }

    @Test
    void violenceWithoutANamedPerpetratorIsStillAnEvent() {
        CodedDocument d = code("2022-02-14", "On 13 February 2022, a bomb explosion occurred at a market in the town.");
        CodedEvent e = of(d, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(e.source()).isEmpty();
        assertThat(e.cameo()).startsWith("18");
        assertThat(e.date().value().value()).isEqualTo("2022-02-13");
    }

    @Test
    void subjectsTheParserLosesAndGroupsNamedByTheirMembers() {
        CodedDocument d = code("2022-01-09", "On 8 January 2022, up to 600 persons demonstrated in the city centre.");
        CodedEvent protest = of(d, PloverType.PROTEST).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(protest.source())).anyMatch(id -> id.startsWith("civilians"));
        CodedDocument members = code("2018-09", "Members of Hezbollah attacked Israeli positions near the border.");
        CodedEvent attack = of(members, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(members.events().toString()));
        assertThat(ids(attack.source())).containsExactly("hezbollah");
        assertThat(attack.target()).anyMatch(m -> "ISR".equals(m.actor().country()));   // a state's positions are its forces
    }

    @Test
    void whatSomeoneMustDoIsDemanded() {
        CodedDocument d = code("2018-09", "The United States said on Monday that Iran must withdraw its forces from Syria.");
        assertThat(d.events()).anyMatch(e -> e.type() == PloverType.REQUEST && e.cameo().startsWith("10"));
        assertThat(d.events()).noneMatch(e -> e.type() == PloverType.RETREAT);
    }

    @Test
    void anActRefusedOrLeftUndoneIsARejectionByWhoeverRefused() {
        CodedDocument d = code("2003-05", "Pakistan, a close partner of China in the region, has refused to send troops to Yemen.");
        CodedEvent refusal = of(d, PloverType.REJECT).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(refusal.source())).containsExactly("pakistan");
        assertThat(d.events()).extracting(CodedEvent::type).as("no troops were sent").containsOnly(PloverType.REJECT);

        CodedDocument failed = code("2001-05", "Armenians and Azerbaijanis failed to reach agreement on the border crossings.");
        CodedEvent noDeal = of(failed, PloverType.REJECT).orElseThrow(() -> new AssertionError(failed.events().toString()));
        assertThat(noDeal.cameo()).isEqualTo("127");
        assertThat(ids(noDeal.source())).containsExactlyInAnyOrder("armenia", "azerbaijan");
        assertThat(of(failed, PloverType.AGREE)).isEmpty();

        CodedDocument negated = code("2003-02", "Jordan will not accept any more refugees from the south.");
        assertThat(negated.events()).extracting(CodedEvent::type).containsExactly(PloverType.REJECT);
        // a negated attack is no rejection: it stays an attack that did not happen
        CodedDocument noAttack = code("2018-09", "Hezbollah did not attack Israel.");
        assertThat(noAttack.events()).extracting(CodedEvent::type, CodedEvent::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PloverType.ASSAULT, Modality.NEGATED));
    }

    @Test
    void anActDemandedIsADemandOfItsDoerByWhoeverDemands() {
        CodedDocument d = code("1999-03", "Hezbollah issued a statement demanding that the Lebanese "
                + "government provide weapons to the army in the south.");
        CodedEvent demand = of(d, PloverType.REQUEST).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(demand.source())).containsExactly("hezbollah");
        assertThat(ids(demand.target())).containsExactly("lebanon-government");
        assertThat(demand.cameo()).isEqualTo("103");
        assertThat(of(d, PloverType.AID)).as("nothing was provided").isEmpty();

        CodedDocument urged = code("2006-07", "The United States urged Israel to withdraw from Lebanon.");
        assertThat(urged.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(PloverType.REQUEST);
            assertThat(ids(e.source())).containsExactly("united-states");
            assertThat(ids(e.target())).containsExactly("israel");
        });
        assertThat(of(urged, PloverType.RETREAT)).isEmpty();
    }

    @Test
    void aProtestIsCodedWithThePeopleNamedBeforeItOrProtestersOfTheCountryWhereItHappened() {
        CodedDocument d = code("2022-03", "On 5 March 2022, a demonstration was held outside a water company in "
                + "Izmir to protest against the new tariffs.");
        CodedEvent protest = of(d, PloverType.PROTEST).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(protest.source()).singleElement().satisfies(m -> {
            assertThat(m.basis()).isEqualTo(dev.faultline.domain.actor.MentionBasis.IMPLIED);
            assertThat(m.actor().country()).isEqualTo("TUR");
        });
        CodedDocument named = code("2022-03", "On 5 March 2022, citizens called by a neighbourhood platform protested "
                + "in Valencia, demanding the repeal of the new traffic law.");
        CodedEvent byCitizens = of(named, PloverType.PROTEST).orElseThrow(() -> new AssertionError(named.events().toString()));
        assertThat(byCitizens.source()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("citizens"));
        // "March" the month is no march
        assertThat(code("2022-03", "On 5 March 2022, the weather was calm in Izmir.").events()).isEmpty();
    }

    @Test
    void anInfinitiveTakesItsSubjectFromTheVerbThatControlsIt() {
        CodedDocument d = code("2018-05", "Israel vowed to strike Iranian forces in Syria.");
        CodedEvent threat = d.events().stream().filter(e -> e.modality() == Modality.FUTURE).findFirst()
                .orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(ids(threat.source())).containsExactly("israel");
        assertThat(threat.type()).isEqualTo(PloverType.THREATEN);
    }

    @Test
    void eventsArePlacedAndUnnamedPeopleTakeTheCountryWhereTheyAct() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        CodedDocument d = code("2022-01-09", "On 8 January 2022, hundreds of protesters gathered in Dijon against the new law.");
        CodedEvent protest = of(d, PloverType.PROTEST).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(protest.place()).isNotNull();
        assertThat(protest.place().country()).isEqualTo("FRA");
        assertThat(protest.place().lat()).isBetween(47.0, 47.6);
        assertThat(protest.source()).allSatisfy(m -> assertThat(m.actor().country()).isEqualTo("FRA"));
        assertThat(ids(protest.source())).containsExactly("protesters-fra");

        // a country's name votes for that country, not for the towns named after it (Italy, Texas; Russia, Ohio)
        CodedDocument rome = code("2022-02-26", "On 2 March 2022, union activists marched in Rome against the price of bread, "
                + "warning that the war between Russia and Ukraine would hurt families in Italy.");
        CodedEvent inRome = of(rome, PloverType.PROTEST).orElseThrow(() -> new AssertionError(rome.events().toString()));
        assertThat(inRome.place().country()).isEqualTo("ITA");
    }

    @Test
    void aPlaceIsTheOneTheTextPutsItInAndTheClauseMadeMoreExactBySentence() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        // Kingston, Ontario — not Jamaica's capital of that name
        CodedDocument kingston = code("2022-03-09", "On 7 March 2022, nurses protested outside the hospital in Kingston (Ontario) over pay.");
        CodedEvent there = of(kingston, PloverType.PROTEST).orElseThrow(() -> new AssertionError(kingston.events().toString()));
        assertThat(there.place().country()).isEqualTo("CAN");
        assertThat(there.place().admin1()).isEqualTo("Ontario");
        assertThat(there.place().precision()).isEqualTo(dev.faultline.domain.event.PlacePrecision.PLACE);

        // the clause names a country; the sentence names the town in it
        CodedDocument town = code("2022-03-09", "On 7 March 2022, members of a union of teachers in Iran protested in front of a school in Marand city "
                + "(East Azerbaijan) over unpaid salaries.");
        CodedEvent sitIn = of(town, PloverType.PROTEST).orElseThrow(() -> new AssertionError(town.events().toString()));
        assertThat(sitIn.place().name()).startsWith("Marand");
        assertThat(sitIn.place().admin1()).isEqualTo("East Azerbaijan");

        // a division is meant where the words say so, and a spelling that differs in its vowels still finds it
        CodedDocument province = code("2022-03-09", "On 7 March 2022, government forces shelled villages in Idleb province.");
        CodedEvent shelling = of(province, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(province.events().toString()));
        assertThat(shelling.place().precision()).isEqualTo(dev.faultline.domain.event.PlacePrecision.ADMIN1);
        assertThat(shelling.place().country()).isEqualTo("SYR");
    }

    @Test
    void bracketsChainsFacilitiesAndLostApostrophesAreRead() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        // a bracketed name is a division, even one a country shares, and the town is the one inside it
        CodedDocument springfield = code("2021-05-04", "On 3 May 2021, nurses protested outside a clinic in Springfield (Illinois) over pay.");
        CodedEvent there = of(springfield, PloverType.PROTEST).orElseThrow(() -> new AssertionError(springfield.events().toString()));
        assertThat(there.place().admin1()).isEqualTo("Illinois");
        CodedDocument georgia = code("2021-05-04", "On 3 May 2021, teachers protested in Athens (Georgia) against the new curriculum.");
        CodedEvent athens = of(georgia, PloverType.PROTEST).orElseThrow(() -> new AssertionError(georgia.events().toString()));
        assertThat(athens.place().country()).as("Athens, Georgia, not Athens, Greece").isEqualTo("USA");

        // a named square lends no place its first word; the city it is in is the place
        CodedDocument square = code("2021-05-04", "On 3 May 2021, hundreds of students protested at Tahrir Square in Baghdad against corruption.");
        CodedEvent tahrir = of(square, PloverType.PROTEST).orElseThrow(() -> new AssertionError(square.events().toString()));
        assertThat(tahrir.place().country()).isEqualTo("IRQ");

        // a possessive whose apostrophe was lost in copying still names the city after it
        CodedDocument homs = code("2021-05-04", "Government forces shelled Syrias Homs on Monday, a monitor said.");
        CodedEvent shelled = of(homs, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(homs.events().toString()));
        assertThat(shelled.place().admin1()).isEqualTo("Homs Governorate");
    }

    @Test
    void namesSplitBySmallWordsAreReadWholeAndAnArticleAloneMakesNoCountry() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        // the recogniser splits "Ciudad del Este" at "del"; the gazetteer knows it whole
        CodedDocument este = code("2022-02-14", "On 12 February 2022, truck drivers protested in Ciudad del Este over fuel prices.");
        CodedEvent there = of(este, PloverType.PROTEST).orElseThrow(() -> new AssertionError(este.events().toString()));
        assertThat(there.place().country()).isEqualTo("PRY");
        assertThat(there.place().name()).isEqualTo("Ciudad del Este");

        // "Salvador" is the Brazilian city; the country is El Salvador, with its article
        CodedDocument bahia = code("2022-02-14", "On 12 February 2022, nurses protested in Salvador (Bahia) over unpaid wages.");
        CodedEvent salvador = of(bahia, PloverType.PROTEST).orElseThrow(() -> new AssertionError(bahia.events().toString()));
        assertThat(salvador.place().country()).isEqualTo("BRA");
        assertThat(salvador.place().precision()).isEqualTo(dev.faultline.domain.event.PlacePrecision.PLACE);

        // a capital that stands for its government elsewhere is the city where the text says a place is meant
        CodedDocument seoul = code("2022-02-14", "On 12 February 2022, farmers held a rally in front of the ministry (Seoul City - Jongno) over rice prices.");
        CodedEvent rallyInSeoul = of(seoul, PloverType.PROTEST).orElseThrow(() -> new AssertionError(seoul.events().toString()));
        assertThat(rallyInSeoul.place()).isNotNull();
        assertThat(rallyInSeoul.place().country()).isEqualTo("KOR");

        // a district of a large town lies in the town's country: not Turkey's Almaly
        CodedDocument district = code("2022-02-14", "On 12 February 2022, about 200 workers rallied in the Almaly district in Almaty against the closure.");
        CodedEvent almaty = of(district, PloverType.PROTEST).orElseThrow(() -> new AssertionError(district.events().toString()));
        assertThat(almaty.place().country()).isEqualTo("KAZ");

        // a name before a facility word is the facility's, not a town's (Garibaldi is a town in Brazil)
        CodedDocument square = code("2022-02-14", "On 12 February 2022, students rallied at Garibaldi square in Palermo against the reform.");
        CodedEvent rally = of(square, PloverType.PROTEST).orElseThrow(() -> new AssertionError(square.events().toString()));
        assertThat(rally.place().country()).isEqualTo("ITA");
        assertThat(rally.place().name()).isEqualTo("Palermo");
    }

    @Test
    void hyphenatedTriggersAreFoundThoughTheTokenizerSplitsThem() {
        CodedDocument sitIn = code("2022-02-14", "On 12 February 2022, retired teachers held a sit-in outside the ministry to demand their pensions.");
        assertThat(of(sitIn, PloverType.PROTEST)).as(sitIn.events().toString()).isPresent();
        CodedDocument shootout = code("2022-02-14", "On 12 February 2022, a shoot-out between unknown shooters and the police took place in the market.");
        CodedEvent fight = of(shootout, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(shootout.events().toString()));
        assertThat(ids(fight.source())).as("unknown shooters are an actor").isNotEmpty();
    }

    @Test
    void aSentenceWithoutAPlaceGoesOnWhereTheReportIsSetAndACountryNamedIsATopic() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        CodedDocument report = code("2022-03-07", "On 5 March 2022, gunmen attacked a checkpoint in Homs. Police arrested two suspects days later.");
        CodedEvent arrest = of(report, PloverType.COERCE).orElseThrow(() -> new AssertionError(report.events().toString()));
        assertThat(arrest.place()).as("the arrest is told in a sentence that names no place").isNotNull();
        assertThat(arrest.place().country()).isEqualTo("SYR");

        CodedDocument rally = code("2022-03-07", "On 5 March 2022, hundreds of Ukrainians rallied in Dijon against the Russian invasion of Ukraine.");
        CodedEvent protest = of(rally, PloverType.PROTEST).orElseThrow(() -> new AssertionError(rally.events().toString()));
        assertThat(protest.place().country()).as("Ukraine is what they rallied about").isEqualTo("FRA");

        CodedDocument town = code("2022-01-25", "On 24 January 2022, about 50 people demonstrated in Bruel against the new rules.");
        CodedEvent bruel = of(town, PloverType.PROTEST).orElseThrow(() -> new AssertionError(town.events().toString()));
        assertThat(bruel.place()).as("a town the recogniser takes for a surname").isNotNull();
        assertThat(bruel.place().country()).isEqualTo("DEU");
    }

    @Test
    void theTwoSidesOfAFightBetweenPartiesAreItsSourceAndTarget() {
        CodedDocument erupted = code("2020-06-02", "Clashes broke out between Qatar and Azerbaijan over the disputed pipeline on Monday.");
        CodedEvent clash = of(erupted, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(erupted.events().toString()));
        assertThat(ids(clash.source())).as("\"between\" after a fight names parties, not places").containsExactly("qatar");
        assertThat(ids(clash.target())).containsExactly("azerbaijan");

        CodedDocument apposed = code("2020-06-02", "The monitor highlighted recent clashes between Ankara's allies Qatar and Azerbaijan in Libya.");
        CodedEvent allies = of(apposed, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(apposed.events().toString()));
        assertThat(ids(allies.source())).as("the allies named, not whose allies they are").containsExactly("qatar");
        assertThat(ids(allies.target())).containsExactly("azerbaijan");

        CodedDocument road = code("2020-06-02", "Troops moved along the road between Damascus and Homs on Monday.");
        assertThat(road.events()).allSatisfy(e -> assertThat(ids(e.target())).as("a road between towns joins places").isEmpty());
    }

    @Test
    void aGroupsAffiliationIsNoActAndTheHearerOfATaleIsNoTarget() {
        CodedDocument backed = code("2020-06-02", "Saudi-backed militias and Emirati-backed groups shelled the port on Monday.");
        assertThat(backed.events()).extracting(CodedEvent::type).as("\"-backed\" describes the groups").doesNotContain(PloverType.SUPPORT)
                .contains(PloverType.ASSAULT);

        CodedDocument told = code("2020-06-02", "A local official told the Yemeni news site Al Masdar that the Houthi militia recently destroyed "
                + "depots held by the coalition.");
        assertThat(told.events()).filteredOn(e -> e.type() == PloverType.ASSAULT)
                .allSatisfy(e -> assertThat(e.target()).extracting(m -> m.actor().sector()).doesNotContain(dev.faultline.domain.actor.Sector.MED));
    }

    @Test
    void aStatesOwnForcesActForItAndAnAdjectiveOfKindIsNoOne() {
        CodedDocument its = code("2023-05-02", "The Israeli military said its air force struck a weapons depot near Rafah.");
        CodedEvent strike = of(its, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(its.events().toString()));
        assertThat(strike.source()).extracting(m -> m.actor().country()).as("\"its\" is the Israeli military's").containsExactly("ISR");

        CodedDocument kind = code("2023-05-02", "Canada announced new military aid to Ukraine on Monday.");
        CodedEvent aid = of(kind, PloverType.AID).orElseThrow(() -> new AssertionError(kind.events().toString()));
        assertThat(ids(aid.source())).as("\"military\" says what kind of aid").containsExactly("canada");
        assertThat(ids(aid.target())).as("aid to a state is for the state, not a place").containsExactly("ukraine");

        CodedDocument own = code("2023-05-02", "Germany plans to halve its military aid next year.");
        CodedEvent halved = of(own, PloverType.AID).orElseThrow(() -> new AssertionError(own.events().toString()));
        assertThat(ids(halved.source())).as("\"its\" aid is Germany's").containsExactly("germany");
    }

    @Test
    void whoClaimsAnAttackIsItsDoer() {
        CodedDocument passive = code("2023-05-02", "The ambush near the dam was claimed by the Houthis on Sunday.");
        CodedEvent ambush = of(passive, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(passive.events().toString()));
        assertThat(ids(ambush.source())).containsExactly("houthis");

        CodedDocument supplied = code("2023-05-02", "The port was a way in for rifles supplied to the militia by Iran, the minister said.");
        CodedEvent aid = of(supplied, PloverType.AID).orElseThrow(() -> new AssertionError(supplied.events().toString()));
        assertThat(ids(aid.source())).as("a passive's agent, wherever the parse hung it").containsExactly("iran");

        CodedDocument active = code("2023-05-02", "The Taliban took responsibility for the bombing near Ghazni.");
        CodedEvent bombing = of(active, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(active.events().toString()));
        assertThat(ids(bombing.source())).containsExactly("taliban");
    }

    @Test
    void aStrikeByWorkersStopsWorkAndAStrikeByJetsIsAnAttack() {
        CodedDocument work = code("2023-05-02", "Bus drivers held a strike in Lyon against the new fees.");
        assertThat(work.events()).extracting(CodedEvent::type).contains(PloverType.PROTEST).doesNotContain(PloverType.ASSAULT);
        CodedDocument banners = code("2023-05-02", "Members of the nurses union held a press conference with banners in front of the ministry.");
        assertThat(banners.events()).extracting(CodedEvent::type).as("a press conference under banners is a demonstration")
                .contains(PloverType.PROTEST);
        CodedDocument demanded = code("2023-05-02", "In Lara state, protesters demanded running water and fuel.");
        assertThat(demanded.events()).extracting(CodedEvent::type).as("protesters who demand are demonstrating")
                .contains(PloverType.REQUEST, PloverType.PROTEST);
        CodedDocument refused = code("2023-05-02", "The unions refused to protest against the reform. Protesters demanded fuel and "
                + "called for a protest outside the ministry. Workers demanded that members protest on Monday.");
        assertThat(refused.events()).extracting(CodedEvent::id).as("every event of a document has its own id").doesNotHaveDuplicates();
        assertThat(refused.events()).filteredOn(e -> e.sentence() == 0).extracting(CodedEvent::type)
                .as("a refusal to protest is no protest").doesNotContain(PloverType.PROTEST);
        CodedDocument jets = code("2023-05-02", "Israeli jets carried out strikes on the port of Hodeidah.");
        assertThat(jets.events()).extracting(CodedEvent::type).contains(PloverType.ASSAULT);
        CodedDocument national = code("2023-05-02", "Several UN officials described grim scenes in the crowded city following heavy Israeli "
                + "strikes in recent days, including of children unable to receive treatment after being bombed in so-called safe zones.");
        assertThat(national.events()).extracting(CodedEvent::type).as("a nation's strikes stop no work").doesNotContain(PloverType.PROTEST);
    }

    @Test
    void aDistrictIsNeitherAForeignDivisionNorAForeignTownOfASimilarSkeleton() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!dev.faultline.places.GazetteerFiles.locate().isEmpty(),
                "the GeoNames file is fetched by scripts/fetch-gazetteer.sh (CI runs it)");
        CodedDocument d = code("2022-03-01", "On 27 February 2022, villagers clashed with a police team near a temple (Mathura district).");
        CodedEvent clash = of(d, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(d.events().toString()));
        assertThat(clash.place()).isNotNull();
        assertThat(clash.place().country()).as("India's Mathura, not Portugal's Madeira").isEqualTo("IND");

        CodedDocument other = code("2022-01-03", "On 2 January 2022, farmers clashed with the police along the highway (Dhanusha district).");
        CodedEvent highway = of(other, PloverType.ASSAULT).orElseThrow(() -> new AssertionError(other.events().toString()));
        assertThat(highway.place() == null ? null : highway.place().country()).as("a district spelt otherwise is no town abroad")
                .isNotEqualTo("CHN");
    }

    static CodedEvent only(CodedDocument d, PloverType type) {
        return of(d, type).orElseThrow(() -> new AssertionError(d.events().toString()));
    }

    @Test
    void twoSidedActsComeOutTwoSided() {
        CodedEvent strikes = only(code("2024-07-20", "Israeli jets carried out strikes on Hezbollah's forces in the south."), PloverType.ASSAULT);
        assertThat(ids(strikes.target())).as("strikes on X's forces: X").containsExactly("hezbollah");

        CodedEvent call = only(code("2024-07-20", "The Houthis called on Saudi Arabia to end the blockade."), PloverType.REQUEST);
        assertThat(ids(call.source())).containsExactly("houthis");
        assertThat(ids(call.target())).as("called on X to: X is asked").containsExactly("saudi-arabia");

        CodedEvent visit = only(code("2024-07-20", "Putin visited Iran last week."), PloverType.CONSULT);
        assertThat(ids(visit.target())).as("a visit's host").containsExactly("iran");

        CodedEvent shared = only(code("2024-07-20", "The US authorities shared evidence with their Chinese counterparts."), PloverType.COOPERATE);
        assertThat(ids(shared.target())).as("with X, in the object's phrase; the counterparts of a state's authorities are its officials")
                .containsExactly("china-government");

        CodedDocument battles = code("2024-07-20", "Russian-backed fighters have engaged in deadly battles with Iranian-allied regime soldiers.");
        assertThat(battles.events()).filteredOn(e -> e.type() == PloverType.ASSAULT).as("one act, with its other side").singleElement()
                .satisfies(e -> assertThat(e.target()).isNotEmpty());
    }

    @Test
    void whoSaysAnotherMustActDemandsIt() {
        CodedEvent mediate = only(code("2024-07-20", "Syrian President Bashar Assad said Turkey must mediate the peace talks."), PloverType.REQUEST);
        assertThat(ids(mediate.source())).containsExactly("bashar-al-assad");
        assertThat(ids(mediate.target())).containsExactly("turkey");

        CodedEvent disarm = only(code("2024-07-20", "The U.S. has said that North Korea must first disarm before it can receive aid."), PloverType.REQUEST);
        assertThat(ids(disarm.source())).containsExactly("united-states");
        assertThat(ids(disarm.target())).containsExactly("north-korea");

        CodedEvent seek = only(code("2024-07-20", "Netanyahu says he will seek support from Mahmoud Abbas."), PloverType.REQUEST);
        assertThat(seek.source()).extracting(ActorMention::text).as("the sentence's name for its pronoun").containsExactly("Netanyahu");
        assertThat(ids(seek.target())).containsExactly("mahmoud-abbas");
    }
}
