package dev.faultline.actors.tabari.verbs;

import dev.faultline.domain.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the real PETRARCH dictionaries from the shared reference data, in place (they are third-party
 * files and are never copied into the repository); skipped when {@code faultline.shared} has none.
 */
class SharedVerbDictionariesTest {
    static Path shared(String relative) {
        Path p = Path.of(System.getProperty("faultline.shared", "../shared")).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "no " + p);
        return p;
    }

    @Test
    void readsThePetrarch2CameoVerbDictionary() throws IOException {
        Path file = shared("dictionaries/CAMEO.verbpatterns.150430.txt");
        VerbDictionaryReader.Read r = VerbDictionaryReader.read(file);
        assertThat(r.lines()).isGreaterThan(14_000);
        assertThat(r.patterns()).hasSizeBetween(10_000, 12_000);
        assertThat(r.entries()).hasSizeBetween(1_500, 2_500);
        assertThat(r.synsets()).hasSizeBetween(30, 50);
        // A handful of its ~15,000 lines are malformed (a pattern without a code, two verb slots...).
        assertThat(r.problems()).hasSizeBetween(5, 40);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.where()).matches(".*CAMEO\\.verbpatterns\\.150430\\.txt:\\d+"));

        VerbDictionary d = VerbDictionary.load(file);
        VerbEntry abandon = d.lookupAll("abandoned").stream().filter(e -> e.block().equals("ABANDON")).findFirst().orElseThrow();
        assertThat(abandon.code().code()).isEqualTo("080");
        assertThat(abandon.patterns()).anySatisfy(p -> {
            assertThat(p.text()).isEqualTo("* HEADQUARTERS");
            assertThat(p.code().code()).isEqualTo("0874");
            assertThat(p.line()).isEqualTo(690);
        });
        assertThat(d.lookup("said")).hasValueSatisfying(e -> {
            assertThat(e.block()).isEqualTo("EXPLAIN_VERBAL");
            assertThat(e.code().code()).isEqualTo("010");
        });
        assertThat(d.lookup("re-arrested")).isPresent();
        assertThat(d.expand("&CURRENCY")).contains(List.of("DOLLAR"), List.of("DOLLARS"), List.of("KRONER"))
                .doesNotContain(List.of("KRONERS"));
        assertThat(d.expand("&WEAPON")).contains(List.of("RIFLE"), List.of("RIFLES"), List.of("CRUISE", "MISSILES"))
                .doesNotContain(List.of("CRUISE", "MISSILESES"));
        assertThat(d.formCount()).isGreaterThan(6_000);
    }

    @Test
    void readsThePetrarch2StructuredCameoDictionary() throws IOException {
        Path file = shared("dictionaries/CAMEO.2.0.txt");
        VerbDictionaryReader.Read r = VerbDictionaryReader.read(file);
        assertThat(r.patterns()).hasSizeBetween(4_000, 5_000);
        assertThat(r.patterns()).filteredOn(VerbPattern::structured).hasSizeGreaterThan(1_000);
        assertThat(r.problems()).hasSizeBetween(5, 40);
        VerbDictionary d = VerbDictionary.load(file);
        assertThat(d.lookup("rushed")).hasValueSatisfying(e -> assertThat(e.patterns()).anySatisfy(p -> {
            assertThat(p.text()).isEqualTo("* POLICE (TO BORDER)");
            assertThat(p.code().code()).isEqualTo("153");
        }));
    }

    @Test
    void readsPetrarch1ValidationVerbsWithTheirQuirks() throws IOException {
        Path file = shared("eval/petrarch/PETR.Validate.verbs.txt");
        VerbDictionaryReader.Read r = VerbDictionaryReader.read(file);
        assertThat(r.patterns()).hasSizeBetween(400, 600);
        assertThat(r.entries()).hasSizeBetween(200, 350);
        assertThat(r.synsets()).extracting(Synset::name).contains("&CURRENCY", "&ACCORDSYN", "&NEGATVAUXVRB");
        assertThat(r.problems()).extracting(Problem::message).anyMatch(m -> m.contains("'+++'"));

        VerbDictionary d = VerbDictionary.load(file);
        assertThat(d.lookup("KLM NOP RST")).hasValueSatisfying(e -> {
            assertThat(e.lemma().verb()).isEqualTo("RST");
            assertThat(e.code().code()).isEqualTo("002");
        });
        assertThat(d.lookup("wire tapped")).isPresent();
        assertThat(d.expand("&ACCORDSYN")).as("a synset naming synsets (TABARI style) expands them")
                .contains(List.of("CLOSER"), List.of("ECONOMIC"), List.of("SWISS", "FRANCS"));
        VerbPattern agree = d.lookup("agreed").orElseThrow().patterns().stream()
                .filter(p -> p.text().equals("% *")).findFirst().orElseThrow();
        assertThat(agree.code().isSymmetric()).isTrue();
    }
}
