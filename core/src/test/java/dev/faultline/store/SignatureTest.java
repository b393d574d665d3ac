package dev.faultline.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTest {
    @Test
    void similarityIsTheFractionOfEqualValues() {
        Signature a = new Signature(new int[] {1, 2, 3, 4});
        assertThat(a.similarity(new Signature(new int[] {1, 2, 3, 4}))).isEqualTo(1.0);
        assertThat(a.similarity(new Signature(new int[] {1, 2, 9, 9}))).isEqualTo(0.5);
    }

    @Test
    void isImmutableAndComparesByValue() {
        int[] v = {5, 6};
        Signature s = new Signature(v);
        v[0] = 99;
        s.values()[1] = 99;
        assertThat(s).isEqualTo(new Signature(new int[] {5, 6}));
    }

    @Test
    void refusesToCompareSignaturesOfDifferentSizes() {
        assertThatThrownBy(() -> new Signature(new int[] {1}).similarity(new Signature(new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
