package dev.faultline.eval.roles;

import dev.faultline.eval.EvalReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RolesSuiteTest {
    /** A byte-order mark, space and tab separators, an orphan I-S after B-T, a B-R span, two blank lines, no final blank. */
    static final String FIXTURE = "\uFEFFa B-S\ncar I-S\nbomb I-S\nkilled O\nanother B-T\nChechen I-T\n. O\n\n\n"
            + "Croatian\tB-T\nPresident\tI-S\nmet\tO\nSerbs\tB-R\n.\tO";

    static List<RoleSentence> fixture(Path dir) throws IOException {
        Path f = dir.resolve("train.txt");
        Files.writeString(f, FIXTURE);
        return RolesSuite.read(f);
    }

    static TokenSpan span(int a, int b) {
        return new TokenSpan(a, b);
    }

    @Test
    void readsSpansWithTheirRoles(@TempDir Path dir) throws IOException {
        List<RoleSentence> ss = fixture(dir);
        assertThat(ss).hasSize(2);
        assertThat(ss.get(0).tokens()).containsExactly("a", "car", "bomb", "killed", "another", "Chechen", ".");
        assertThat(ss.get(0).sources()).containsExactly(span(0, 3));
        assertThat(ss.get(0).targets()).containsExactly(span(4, 6));
        assertThat(ss.get(1).sources()).as("an orphan I-S starts a span; R is a source").containsExactly(span(1, 2), span(3, 4));
        assertThat(ss.get(1).targets()).as("R is a target too").containsExactly(span(0, 1), span(3, 4));
        assertThat(ss.get(1).index()).isEqualTo(1);
    }

    @Test
    void unknownTagIsAnErrorWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "a O\nb B-X\n");
        assertThatThrownBy(() -> RolesSuite.read(f)).isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("B-X");
    }

    @Test
    void charactersMapBackToGoldTokens(@TempDir Path dir) throws IOException {
        RoleSentence s = fixture(dir).get(0);
        assertThat(s.text()).isEqualTo("a car bomb killed another Chechen .");
        assertThat(s.charStart(1)).isEqualTo(2);
        assertThat(s.covering(2, 10)).isEqualTo(span(1, 3));
        assertThat(s.covering(3, 7)).as("a partial token counts").isEqualTo(span(1, 3));
        assertThat(s.covering(5, 6)).as("the space between tokens touches none").isNull();
    }

    @Test
    void scoresExactAndOverlappingSpansByHand(@TempDir Path dir) throws IOException {
        List<RoleSentence> ss = fixture(dir);
        EvalReport rep = RolesSuite.run(ss, s -> s.index() == 0
                ? new ProducedRoles(List.of(span(0, 3), span(0, 3)), List.of(span(5, 6)))
                : new ProducedRoles(List.of(span(3, 4)), List.of()));
        assertThat(rep.n()).isEqualTo(2);
        // sources: gold [0,3) [1,2) [3,4); produced [0,3) [3,4) (the duplicate counts once): P 1, R 2/3
        assertThat(rep.metrics().get("source_f1")).isCloseTo(0.8, within(1e-9));
        // targets: gold [4,6) [0,1) [3,4); produced [5,6), no exact match
        assertThat(rep.metrics().get("target_f1")).isEqualTo(0.0);
        // [5,6) overlaps [4,6): P 1, R 1/3
        assertThat(rep.metrics().get("target_f1.overlap")).isCloseTo(0.5, within(1e-9));
        assertThat(rep.metrics().get("source_f1.overlap")).isCloseTo(0.8, within(1e-9));
        assertThat(rep.cases().get(0).path("gold_sources").get(0).asText()).isEqualTo("a car bomb");
        assertThat(rep.cases().get(0).path("targets").get(0).asText()).isEqualTo("Chechen");
    }

    @Test
    void zeroDivisions(@TempDir Path dir) throws IOException {
        List<RoleSentence> ss = fixture(dir);
        EvalReport silent = RolesSuite.run(ss, s -> ProducedRoles.none());
        assertThat(silent.metrics().get("source_f1")).as("nothing produced against gold scores 0").isEqualTo(0.0);
        assertThat(silent.metrics().get("target_f1")).isEqualTo(0.0);
        RoleSentence noGold = new RoleSentence(0, List.of("Rain", "."), List.of(), List.of());
        EvalReport none = RolesSuite.run(List.of(noGold), s -> new ProducedRoles(List.of(span(0, 1)), List.of()));
        assertThat(none.metrics().get("source_f1")).as("no gold: n/a").isNaN();
        assertThat(none.metrics().get("target_f1")).isNaN();
    }

    @Test
    void aSpanPastTheSentenceIsRefused(@TempDir Path dir) throws IOException {
        List<RoleSentence> ss = fixture(dir);
        assertThatThrownBy(() -> RolesSuite.run(ss, s -> new ProducedRoles(List.of(span(0, 99)), List.of())))
                .hasMessageContaining("sentence 0");
    }

    @Test
    void readsTheSharedDevelopmentHalf() throws IOException {
        Path f = Path.of(System.getProperty("faultline.shared", "../shared")).resolve("eval/cameo-roles/train.txt");
        Assumptions.assumeTrue(Files.exists(f), "skipped: ../shared/eval/cameo-roles is absent");
        List<RoleSentence> ss = RolesSuite.read(f);
        assertThat(ss).hasSize(1153);
        assertThat(ss.get(0).tokens()).startsWith("In", "September", ",", "a", "car", "bomb");
        assertThat(ss.get(0).words(ss.get(0).sources().get(0))).isEqualTo("a car bomb");
        assertThat(ss).allSatisfy(s -> assertThat(s.sources().size() + s.targets().size()).isPositive());
    }
}
