package dev.faultline.events.tabari;

import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.actors.tabari.verbs.VerbDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TABARI coder's mechanics on team-written sentences and dictionaries (invented actors, as PETRARCH's own tests use). */
class TabariCoderTest {
    private static TabariCoder coder;

    @BeforeAll
    static void dictionaries(@TempDir Path dir) throws IOException {
        Path actors = Files.writeString(dir.resolve("t.actors"), String.join("\n",
                "VALDOR [VAL]", "KESH [KSH]", "MARROW [MRW]", "THE_TWIN_CITIES [TWA/TWB]", ""));
        Path agents = Files.writeString(dir.resolve("t.agents"), String.join("\n",
                "GOVERNMENT [~GOV]", "SOLDIER [~MIL]", "OFFICIAL [~GOV]", "MEDIA {} [~MED]", ""));
        Path verbs = Files.writeString(dir.resolve("t.verbs"), String.join("\n",
                "&TIES", "+DIPLOMATIC", "+ECONOMIC", "",
                "--- RESTORE [064] ---", "RESTORE", "- * &TIES TIES [065]", "",
                "--- ATTACK [190] ---", "ATTACK", "- * + WITH_ROCKETS [195]", "",
                "--- OPPOSE [112] ---", "OPPOSE", "",
                "--- AGREE [030] ---", "AGREE", "- % * [031:031]", "",
                "--- SAY [023] ---", "SAY {SAID}", ""));
        Path discards = Files.writeString(dir.resolve("t.discards"), "FOOTBALL\n");
        coder = new TabariCoder(TabariDictionary.load(List.of(actors), List.of(agents)), VerbDictionary.load(verbs),
                Discards.load(List.of(discards)));
    }

    private static List<String> code(String tree) {
        return coder.code(PennTrees.read(tree), TabariOptions.defaults()).stream()
                .map(e -> e.source() + " " + e.target() + " " + e.code()).toList();
    }

    @Test
    void subjectVerbObjectWithAgentsAndAPatternWithASynset() {
        assertThat(code("(ROOT (S (NP (DT The) (NNP Valdor) (NN government)) (VP (VBD restored) (NP (JJ economic) (NNS ties))"
                + " (PP (IN with) (NP (NNP Kesh)))) (. .)))")).containsExactly("VALGOV KSH 065");
        assertThat(code("(ROOT (S (NP (NNP Valdor) (NNS soldiers)) (VP (VBD attacked) (NP (NNP Kesh)) (PP (IN with) (NP (NNS rockets)))) (. .)))"))
                .containsExactly("VALMIL KSH 195");
    }

    @Test
    void aPassiveTakesItsSourceFromTheByPhrase() {
        assertThat(code("(ROOT (S (NP (NNP Kesh)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Valdor))))) (. .)))"))
                .containsExactly("VAL KSH 112");
    }

    @Test
    void compoundsCodeOneEventPerActorAndSymmetricCodesCodeBothWays() {
        assertThat(code("(ROOT (S (NP (NP (NNP Valdor)) (CC and) (NP (NNP Marrow))) (VP (VBD attacked) (NP (NNP Kesh))) (. .)))"))
                .containsExactly("VAL KSH 190", "MRW KSH 190");
        assertThat(code("(ROOT (S (NP (NP (NNP Valdor)) (CC and) (NP (NNP Kesh))) (VP (VBP agree)) (. .)))"))
                .containsExactlyInAnyOrder("VAL KSH 031", "KSH VAL 031");
        assertThat(code("(ROOT (S (NP (DT The) (NNP Twin) (NNP Cities)) (VP (VBD attacked) (NP (NNP Kesh))) (. .)))"))
                .containsExactly("TWA KSH 190", "TWB KSH 190");
    }

    @Test
    void anAgentWithoutItsOwnActorTakesTheActorOfItsOfPhrase() {
        assertThat(code("(ROOT (S (NP (NP (DT The) (NN government)) (PP (IN of) (NP (NNP Valdor)))) (VP (VBD attacked) (NP (NNP Kesh))) (. .)))"))
                .containsExactly("VALGOV KSH 190");
    }

    @Test
    void aClauseWhoseSubjectIsNoActorDoesNotBorrowOne() {
        // "Valdor said that a storm attacked Kesh": the storm is not Valdor; SAY has no target, so no dyad.
        assertThat(code("(ROOT (S (NP (NNP Valdor)) (VP (VBD said) (SBAR (IN that) (S (NP (DT a) (NN storm))"
                + " (VP (VBD attacked) (NP (NNP Kesh)))))) (. .)))")).containsExactly("VAL KSH 023");
    }

    @Test
    void withoutADyadNothingIsCodedUnlessTheOptionsAllowIt() {
        String tree = "(ROOT (S (NP (DT an) (NN official)) (VP (VBD said) (NP (NN something))) (. .)))";
        assertThat(code(tree)).isEmpty();
        assertThat(coder.code(PennTrees.read(tree), TabariOptions.of(LocalDate.of(2020, 1, 1), Map.of("require_dyad", "False"))))
                .extracting(e -> e.source() + " " + e.target() + " " + e.code()).containsExactly("---GOV --- 023");
    }

    @Test
    void aDiscardPhraseSilencesTheSentence() {
        assertThat(code("(ROOT (S (NP (NNP Valdor)) (VP (VBD attacked) (NP (NNP Kesh) (NN football))) (. .)))")).isEmpty();
    }

    @Test
    void anUnbalancedTreeIsRefusedWithWhereItWentWrong() {
        assertThatThrownBy(() -> PennTrees.read("(ROOT (S (NP (NNP Valdor))")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brackets close");
    }
}
