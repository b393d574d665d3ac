package dev.faultline.relations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The alignment table: the shipped one's choices, and a bad table's clear message. */
class AlignmentTest {
    @Test
    void theShippedTableWeighsRequestsNothingWordsLittleAndDeedsInFull() {
        Alignment a = Alignment.shipped();
        assertThat(a.factor("020")).isZero();
        assertThat(a.factor("0253")).isZero();
        assertThat(a.factor("042")).isEqualTo(0.5);
        assertThat(a.factor("045")).as("the longest prefix wins: mediation within consultation").isZero();
        assertThat(a.factor("0874")).isEqualTo(0.25);
        assertThat(a.factor("070")).isEqualTo(1);
        assertThat(a.factor("112")).isEqualTo(1);
        assertThat(a.factor("1823")).isEqualTo(1);
    }

    @Test
    void aTableMissingARootOrWithABadFactorNamesTheProblem() {
        StringBuilder roots = new StringBuilder("version\t1\n");
        for (int r = 1; r <= 19; r++) roots.append(String.format("%02d\t1\twhy%n", r));
        assertThatThrownBy(() -> Alignment.parse(roots.toString(), "t.tsv")).hasMessageContaining("t.tsv").hasMessageContaining("root 20");
        assertThatThrownBy(() -> Alignment.parse("version\t1\n01\tlots\twhy\n", "t.tsv")).hasMessageContaining("t.tsv:2").hasMessageContaining("lots");
        assertThatThrownBy(() -> Alignment.parse("01\t1\twhy\n", "t.tsv")).hasMessageContaining("version");
        assertThatThrownBy(() -> Alignment.parse("version\t1\n01\t2\twhy\n", "t.tsv")).hasMessageContaining("out of 0..1");
    }
}
