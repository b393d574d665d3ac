package dev.faultline.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextEndsTest {
    @Test
    void keepsTheFirstTwoLinesAndTheLastThreeCutShort() {
        String text = "BEIRUT, July 20 (AFP) — Israeli jets struck a depot near the border.\n\nSecond paragraph.\nThird.\nFourth.\n"
                + "Fifth, a long closing line that runs on well past any credit line's length of sixty.\n— AFP\n";
        assertThat(TextEnds.of(text)).isEqualTo("BEIRUT, July 20 (AFP) — Israeli jets struck a depot near the border.\nSecond paragraph.\n"
                + "Fourth.\nFifth, a long closing line that runs on well past any credit \n— AFP");
    }

    @Test
    void aShortTextIsKeptWholeAndABlankOneIsEmpty() {
        assertThat(TextEnds.of("One.\nTwo.\n\nThree.")).isEqualTo("One.\nTwo.\nThree.");
        assertThat(TextEnds.of("  \n ")).isEmpty();
        assertThat(TextEnds.of("x".repeat(500))).hasSize(TextEnds.HEAD_CHARS);
    }
}
