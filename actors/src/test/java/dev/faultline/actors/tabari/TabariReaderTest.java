package dev.faultline.actors.tabari;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TabariReaderTest {
    static final List<String> ACTORS = List.of(
            "<!-- A TEST DICTIONARY",
            "     spanning lines -->",
            "# a comment",
            "HAMAS [PSEREBHMS]",
            "ISRAELI_TROOPS [ISRMIL]  # inline comment",
            "MIDDLE EARTH REPUBLIC_  # no code here",
            "+MER",
            "\t[MERGOV 950601-990815]",
            "\t[MERREB >990816]",
            "\t[MER <950601]",
            "BROKEN [XYZ 991340-000101]",
            "+SYNONYM_OF_THE_BROKEN_ENTRY",
            "NOCODE_ACTOR",
            "BASHAR_AL_ASSAD_",
            "\t[SYRGOV 000717-]");

    @Test
    void readsEntriesSynonymsAndDateRestrictions() {
        TabariReader.Read<TabariActor> r = TabariReader.actors("test.actors", ACTORS);
        TabariActor mer = r.entries().stream().filter(a -> a.name().equals("MIDDLE EARTH REPUBLIC")).findFirst().orElseThrow();
        assertThat(mer.phrases()).contains(List.of("MER"));
        assertThat(mer.codeAt(LocalDate.of(1997, 1, 1))).contains("MERGOV");
        assertThat(mer.codeAt(LocalDate.of(2005, 1, 1))).contains("MERREB");
        assertThat(mer.codeAt(LocalDate.of(1990, 1, 1))).contains("MER");
        assertThat(r.entries()).extracting(TabariActor::name).contains("HAMAS", "ISRAELI TROOPS");
    }

    @Test
    void badLinesAreProblemsNamingFileAndLineAndReadingGoesOn() {
        TabariReader.Read<TabariActor> r = TabariReader.actors("test.actors", ACTORS);
        assertThat(r.problems()).extracting(p -> p.where()).containsExactly("test.actors:11", "test.actors:12", "test.actors:13");
        assertThat(r.problems().toString()).contains("not a valid date").contains("NOCODE ACTOR");
        TabariActor assad = r.entries().stream().filter(a -> a.name().equals("BASHAR AL ASSAD")).findFirst().orElseThrow();
        assertThat(assad.codeAt(LocalDate.of(2001, 1, 1))).as("an open-ended range is open, not refused").contains("SYRGOV");
        assertThat(assad.codeAt(LocalDate.of(1999, 1, 1))).isEmpty();
    }

    @Test
    void twoDigitYearsFollowTabari() {
        assertThat(TabariDates.parse("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(TabariDates.parse("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
        assertThat(TabariDates.parse("19950601")).isEqualTo(LocalDate.of(1995, 6, 1));
    }

    @Test
    void agentsExpandSubstitutionSetsPluralsAndPrefixes() {
        TabariReader.Read<TabariAgent> r = TabariReader.agents("test.agents", List.of(
                "!PERSON! = MAN, MEN",
                "CATTLE!PERSON! [~AGR]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
                "PEACEKEEPING_TROOPS {} [IGO~]",
                "NO_CODE_AGENT",
                "SOLDIER [~MIL]",
                "SECURITY_AGENCY [~SPY]"));
        assertThat(r.entries()).extracting(a -> String.join(" ", a.phrase()))
                .containsExactly("CATTLEMAN", "CATTLEMEN", "ATTORNEY GENERAL", "ATTORNEYS GENERAL", "PEACEKEEPING TROOPS",
                        "SOLDIER", "SOLDIERS", "SECURITY AGENCY", "SECURITY AGENCIES");
        TabariAgent pk = r.entries().get(4);
        assertThat(pk.applyTo("UNO")).isEqualTo("IGOUNO");
        assertThat(r.entries().get(2).applyTo("IRQ")).isEqualTo("IRQGOV");
        assertThat(r.problems()).hasSize(1);
    }

    @Test
    void dictionaryFindsTheLongestPhrase() {
        TabariDictionary d = TabariDictionary.of(TabariReader.actors("t", ACTORS).entries(), List.of());
        List<String> tokens = List.of("the", "Israeli", "troops", "fired");
        assertThat(d.actorAt(tokens, 1)).hasValueSatisfying(m -> assertThat(m.end()).isEqualTo(3));
        assertThat(d.codeAt(tokens, 1, LocalDate.of(2010, 1, 1))).contains("ISRMIL");
        assertThat(d.actorAt(tokens, 0)).isEmpty();
    }

    @Test
    void loadsThePhoenixAndPetrarchValidationDictionaries() throws IOException {
        Path shared = Path.of(System.getProperty("faultline.shared", "../shared"));
        Path countries = shared.resolve("dictionaries/Phoenix.Countries.actors.txt");
        Assumptions.assumeTrue(Files.exists(countries), "skipped: ../shared/dictionaries is absent");
        TabariDictionary d = TabariDictionary.load(
                List.of(countries, shared.resolve("dictionaries/Phoenix.International.actors.txt"),
                        shared.resolve("dictionaries/Phoenix.MilNonState.actors.txt")),
                List.of(shared.resolve("dictionaries/Phoenix.agents.txt")));
        assertThat(d.actorCount()).isGreaterThan(10_000);
        assertThat(d.agentCount()).isGreaterThan(500);
        assertThat(d.codeAt(List.of("Hezbollah"), 0, LocalDate.of(2016, 1, 1))).contains("LBNREB");
        assertThat(d.codeAt(List.of("Bashar", "al", "Assad"), 0, LocalDate.of(2012, 1, 1))).hasValueSatisfying(c -> assertThat(c).startsWith("SYR"));
        assertThat(d.problems().size()).as("%s", d.problems()).isLessThan(d.actorCount() / 100);

        TabariDictionary v = TabariDictionary.load(List.of(shared.resolve("eval/petrarch/PETR.Validate.actors.txt")),
                List.of(shared.resolve("eval/petrarch/PETR.Validate.agents.txt")));
        assertThat(v.codeAt(List.of("Hamas"), 0, LocalDate.of(2010, 1, 1))).contains("PSEREBHMS");
    }

    @Test
    void aSubstitutionSetThatNamesItselfIsOneLinesProblemNotAStackOverflow() {
        TabariReader.Read<TabariAgent> r = TabariReader.agents("test.agents", List.of(
                "!A! = X!A!, Y", "!B! = !B!", "FOO!A! [~X]", "BAR!B! [~Y]", "SOLDIER [~MIL]"));
        assertThat(r.entries()).extracting(TabariAgent::code).containsOnly("MIL");
        assertThat(r.problems()).extracting(p -> p.where()).containsExactly("test.agents:3", "test.agents:4");
        assertThat(r.problems().get(0).message()).startsWith("substitution set !A! names itself, or sets nest too deeply");
    }
}
