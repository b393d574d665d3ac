package dev.faultline.claims;

import dev.faultline.domain.claim.Grade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutletGradesTest {
    private static final String HEADER = "id\tgrade\tnames\treason\n";

    @Test
    void theDefaultGradesLoadAndFindOutletsByIdOrAnyName() {
        OutletGrades g = OutletGrades.defaults();
        assertThat(g.grade("reuters")).isEqualTo(Grade.B);
        assertThat(g.grade("The Associated Press")).isEqualTo(Grade.B);
        assertThat(g.find("DEBKA Weekly")).get().extracting(OutletGrades.Outlet::id).isEqualTo("debkafile");
        assertThat(g.grade("A blog nobody graded")).isEqualTo(Grade.F);
        assertThat(g.grade(null)).isEqualTo(Grade.F);
    }

    @Test
    void aUsersFileReplacesTheDefaults() {
        OutletGrades g = OutletGrades.parse("# mine\n" + HEADER + "ledger\tA\tThe Daily Ledger|Ledger\tour own paper\n", "mine.tsv");
        assertThat(g.grade("daily ledger")).isEqualTo(Grade.A);
        assertThat(g.grade("reuters")).isEqualTo(Grade.F);
    }

    @Test
    void aBadGradeIsReportedWithItsFileAndLine() {
        assertThatThrownBy(() -> OutletGrades.parse("# comment\n" + HEADER + "ledger\tG\tLedger\twhy\n", "mine.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine.tsv line 3").hasMessageContaining("'G'");
    }

    @Test
    void aNameGivenToTwoOutletsIsRefused() {
        assertThatThrownBy(() -> OutletGrades.parse(HEADER + "a\tB\tLedger\tx\nb\tC\tledger\ty\n", "mine.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3").hasMessageContaining("already names a");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> OutletGrades.parse("id\tgrade\tnames\nx\tB\tX\n", "mine.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
