package dev.faultline.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {
    @Test
    void parsesEachPrecisionAndPrintsOnlyWhatIsKnown() {
        assertThat(PartialDate.parse("2018").orElseThrow().value()).isEqualTo("2018");
        assertThat(PartialDate.parse("2018-09").orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2018-09-02").orElseThrow()).isEqualTo(PartialDate.ofDay(LocalDate.of(2018, 9, 2)));
        assertThat(PartialDate.parse("2024-07-16 23:37:19").orElseThrow().value()).isEqualTo("2024-07-16");
        assertThat(PartialDate.parse("2024-07-16T23:37:19Z").orElseThrow().value()).isEqualTo("2024-07-16");
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThat(PartialDate.parse("September 2018")).isEmpty();
        assertThat(PartialDate.parse("2018-13")).isEmpty();
        assertThat(PartialDate.parse("2018-02-30")).isEmpty();
        assertThat(PartialDate.parse(null)).isEmpty();
        assertThatThrownBy(() -> new PartialDate(2018, 5, 3, DatePrecision.MONTH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByFirstDayThenPrecision() {
        PartialDate month = PartialDate.ofMonth(2018, 9);
        PartialDate day = PartialDate.ofDay(LocalDate.of(2018, 9, 1));
        assertThat(month).isLessThan(day);
        assertThat(PartialDate.ofYear(2017)).isLessThan(month);
        assertThat(month.start()).isEqualTo(LocalDate.of(2018, 9, 1));
    }
}
