package dev.faultline.actors.tabari;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.faultline.domain.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TABARI/PETRARCH dictionary reader under Jazzer. In a plain build (CI) it replays the inputs
 * committed under {@code src/test/resources/dev/faultline/actors/tabari/TabariReaderFuzzTestInputs/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see BENCHMARKS.md, "Fuzzing the readers"). Any text, read as
 * an actor dictionary and as an agent dictionary, gives entries and one-line problems, never an
 * exception.
 */
class TabariReaderFuzzTest {
    @FuzzTest(maxDuration = "12m")
    void dictionaries(byte[] input) {
        List<String> lines = new String(input, StandardCharsets.UTF_8).lines().toList();
        check(TabariReader.actors("fuzz.actors", lines).problems());
        check(TabariReader.agents("fuzz.agents", lines).problems());
    }

    private static void check(List<Problem> problems) {
        for (Problem p : problems) {
            assertThat(p.where()).isNotBlank();
            assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("Exception").doesNotContain("java.");
        }
    }
}
