package dev.faultline.actors.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each load-time rule fires with a message naming the file, the entry and what is wrong. */
class KnowledgeBaseValidationTest {
    @TempDir
    Path dir;

    private static final String STATES = """
            version: 1
            sources: [test]
            default_source: test
            states:
              - {id: iran, name: Iran, iso3: IRN, capital: Tehran, adjective: Iranian}
              - {id: lebanon, name: Lebanon, iso3: LBN, capital: Beirut, adjective: Lebanese}
            titles:
              - {id: president, link: leads, phrases: [president]}
              - {id: commander, link: commands, phrases: [commander]}
            """;

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    /** Loads the small states file plus {@code actors} (a file body after its header) and returns the problems. */
    private List<String> problems(String actors) throws IOException {
        List<Path> files = new ArrayList<>(List.of(write("states.yaml", STATES)));
        files.add(write("test.yaml", "version: 1\nsources: [test]\ndefault_source: test\n" + actors));
        try {
            KnowledgeBase.loadOnly(files);
            return List.of();
        } catch (KnowledgeBaseException e) {
            return e.problems();
        }
    }

    @Test
    void aCleanSmallBaseLoads() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: irgc, name: IRGC, kind: organization, country: IRN, sector: MIL, part_of: iran}
                  - {id: hassan-rouhani, name: Hassan Rouhani, kind: person, country: IRN, sector: GOV,
                     offices: [{title: president, of: iran, from: 2013-08-03, to: 2021-08-03}]}
                """)).isEmpty();
    }

    @Test
    void anUnknownReferenceIsNamed() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: quds-force, name: Quds Force, kind: organization, country: IRN, sector: MIL, part_of: irgcc}
                """)).singleElement().asString()
                .contains("test.yaml").contains("'quds-force'").contains("unknown reference").contains("'irgcc'");
    }

    @Test
    void anUnknownOfficeHolderTargetIsNamed() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: x-person, name: X Person, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: atlantis, from: 2000}]}
                """)).singleElement().asString().contains("'x-person'").contains("office #1").contains("'atlantis'");
    }

    @Test
    void aDuplicateIdIsNamedWithTheFirstFile() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: iran, name: Iran again, kind: organization, country: IRN, sector: GOV}
                """)).singleElement().asString().contains("duplicate id 'iran'").contains("first defined in").contains("states.yaml");
    }

    @Test
    void anAliasClaimedTwiceWithoutARuleIsAnError() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: group-a, name: Group A, kind: organization, country: LBN, sector: REB, aliases: [The Party]}
                  - {id: group-b, name: Group B, kind: organization, country: LBN, sector: REB, aliases: [the party]}
                """)).singleElement().asString()
                .contains("alias 'the party'").contains("'group-a'").contains("without a rule").contains("shared").contains("priority");
    }

    @Test
    void sharedOrPrioritizedAliasesAreLegalAndLookupOrdersThem() throws IOException {
        List<Path> files = List.of(write("states.yaml", STATES), write("test.yaml", """
                version: 1
                sources: [test]
                default_source: test
                actors:
                  - {id: group-a, name: Group A, kind: organization, country: LBN, sector: REB, aliases: [{text: The Party, priority: 2}, {text: Resistance, shared: true}]}
                  - {id: group-b, name: Group B, kind: organization, country: LBN, sector: REB, aliases: [the party, {text: Resistance, shared: true}]}
                """));
        KnowledgeBase kb = KnowledgeBase.loadOnly(files);
        assertThat(kb.lookup("the Party")).extracting(AliasClaim::actor).containsExactly("group-a", "group-b");
        assertThat(kb.lookup("resistance")).extracting(AliasClaim::actor).containsExactlyInAnyOrder("group-a", "group-b");
    }

    @Test
    void caseSensitiveAliasesOfDifferentCaseDoNotCollide() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: group-a, name: Group A, kind: organization, country: LBN, sector: REB, aliases: [ABC]}
                  - {id: group-b, name: Group B, kind: organization, country: LBN, sector: REB, exact: [Abc]}
                """)).isEmpty();
    }

    @Test
    void overlappingTermsInOneOfficeAreAnError() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: person-a, name: Person A, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2013-08-03, to: 2021-08-03}]}
                  - {id: person-b, name: Person B, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2021-06}]}
                """)).singleElement().asString()
                .contains("overlapping terms in one office (president of iran)").contains("person-a").contains("person-b");
    }

    @Test
    void touchingTermsAndJointOfficesAreLegal() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: person-a, name: Person A, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2013-08-03, to: 2021-08-03}]}
                  - {id: person-b, name: Person B, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2021-08-03}]}
                  - {id: co-a, name: Co A, kind: person, country: LBN, sector: GOV, offices: [{title: president, of: lebanon, from: 2010, joint: true}]}
                  - {id: co-b, name: Co B, kind: person, country: LBN, sector: GOV, offices: [{title: president, of: lebanon, from: 2011, joint: true}]}
                """)).isEmpty();
    }

    @Test
    void malformedDatesAndBackwardPeriodsAreErrors() throws IOException {
        List<String> p = problems("""
                actors:
                  - {id: person-a, name: Person A, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2013-13-01}]}
                  - {id: person-b, name: Person B, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: last year}]}
                  - {id: person-c, name: Person C, kind: person, country: IRN, sector: GOV, offices: [{title: president, of: iran, from: 2019-4}]}
                  - {id: person-d, name: Person D, kind: person, country: IRN, sector: GOV, member_of: [{id: iran, from: 2020, to: 2019}]}
                """);
        assertThat(p).hasSize(4);
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'person-a'").contains("not a date").contains("2013-13-01"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'person-b'").contains("last year"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'person-c'").contains("2019-4"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'person-d'").contains("ends (2019) before it starts (2020)"));
    }

    @Test
    void unknownKindSectorCountryTitleAndKeyAreErrors() throws IOException {
        List<String> p = problems("""
                actors:
                  - {id: a, name: A, kind: militia, country: IRN, sector: MIL}
                  - {id: b, name: B, kind: organization, country: IRN, sector: XYZ}
                  - {id: c, name: C, kind: organization, country: ZZZ, sector: MIL}
                  - {id: d, name: D, kind: person, country: IRN, sector: GOV, offices: [{title: emperor, of: iran, from: 2000}]}
                  - {id: e, name: E, kind: organization, country: IRN, sector: MIL, aliasses: [E1]}
                  - {id: f, name: F, kind: organization, country: IRN}
                  - {id: g, name: G, kind: organization, country: IRN, sector: MIL, ally: [{id: iran, since: 2000}]}
                """);
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'a'").contains("unknown kind 'militia'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'b'").contains("unknown sector 'XYZ'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'c'").contains("unknown country code 'ZZZ'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'d'").contains("unknown office title 'emperor'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'e'").contains("unknown key 'aliasses'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'f'").contains("missing 'sector'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'g'").contains("unknown key 'since'"));
    }

    @Test
    void aStateNeedsAPluralItCannotDeriveAndEveryEntryASource() throws IOException {
        List<Path> files = List.of(write("s.yaml", """
                version: 1
                sources: [test]
                states:
                  - {id: poland, name: Poland, iso3: POL, capital: Warsaw, adjective: Polish, source: ISO}
                  - {id: peru, name: Peru, iso3: PER, capital: Lima, adjective: Peruvian}
                """));
        assertThatThrownBy(() -> KnowledgeBase.loadOnly(files)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("'poland'").hasMessageContaining("give 'plural' for adjective 'Polish'")
                .hasMessageContaining("'peru'").hasMessageContaining("missing 'source'");
    }

    @Test
    void aFileWithoutVersionOrSourcesOrNotYamlIsReported() throws IOException {
        List<Path> files = List.of(write("a.yaml", "actors: []\n"), write("b.yaml", "version: 1\nsources: [x]\nactors: [ {id: \n"));
        assertThatThrownBy(() -> KnowledgeBase.loadOnly(files)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("a.yaml, header: missing 'version'")
                .hasMessageContaining("a.yaml, header: missing 'sources'")
                .hasMessageContaining("b.yaml: not valid YAML");
    }

    @Test
    void duplicateYamlKeysAreRefused() throws IOException {
        assertThat(problems("""
                actors:
                  - {id: a, name: A, name: B, kind: organization, country: IRN, sector: MIL}
                """)).singleElement().asString().contains("test.yaml").contains("not valid YAML").contains("name");
    }

    @Test
    void aMissingUserFileFailsWithItsPathAndCause() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(missing))).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("nope.yaml").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aUserFileExtendsTheShippedBaseAndMayReferToIt() throws IOException {
        Path mine = write("mine.yaml", """
                version: 1
                sources: [my notes]
                actors:
                  - {id: my-brigade, name: My Brigade, kind: organization, country: SYR, sector: UAF, aliases: [Liwa Test], backed_by: iran, source: my notes}
                """);
        KnowledgeBase kb = KnowledgeBase.load(List.of(mine));
        assertThat(kb.lookup("Liwa Test")).extracting(AliasClaim::actor).containsExactly("my-brigade");
        assertThat(kb.linksFrom("my-brigade")).singleElement().satisfies(l -> assertThat(l.object()).isEqualTo("iran"));
        assertThat(kb.lineage("my-brigade", LocalDate.of(2018, 1, 1))).containsExactly("my-brigade");
    }
}
