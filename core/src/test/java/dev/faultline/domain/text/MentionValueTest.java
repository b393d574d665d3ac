package dev.faultline.domain.text;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MentionValueTest {
    @Test
    void timeValuesPrintCompactlyAndKeepPrecision() {
        TimeValue day = TimeValue.date(PartialDate.ofDay(LocalDate.of(2018, 8, 8)), true);
        assertThat(day.normalized()).isEqualTo("2018-08-08");
        assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
        TimeValue range = TimeValue.range(PartialDate.ofYear(1998), PartialDate.ofDay(LocalDate.of(2019, 3, 1)), true);
        assertThat(range.normalized()).isEqualTo("1998/2019-03-01");
        assertThat(range.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(TimeValue.duration(Period.ofWeeks(3), DatePrecision.DAY).normalized()).isEqualTo("P21D");
        assertThat(TimeValue.timeOfDay(LocalTime.of(15, 0), Optional.empty(), false).normalized()).isEqualTo("T15:00");
    }

    @Test
    void aRangeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> TimeValue.range(PartialDate.ofYear(2019), PartialDate.ofYear(2018), false))
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void quantitiesDropTrailingZerosAndRejectUpsideDownRanges() {
        QuantityValue v = QuantityValue.exact(new BigDecimal("5000.00"));
        assertThat(v.normalized()).isEqualTo("5000");
        assertThat(v.approximately().normalized()).isEqualTo("~5000");
        assertThat(QuantityValue.of(3_000_000).withUnit("USD").normalized()).isEqualTo("USD 3000000");
        assertThat(QuantityValue.of(42).withUnit("%").normalized()).isEqualTo("42%");
        assertThatThrownBy(() -> new QuantityValue(BigDecimal.TEN, Optional.of(BigDecimal.ONE), false, Optional.empty()))
                .hasMessageContaining("upside down");
    }

    @Test
    void aMentionCarriesOnlyAValueOfItsKind() {
        TimeValue t = TimeValue.date(PartialDate.ofYear(2018), false);
        assertThatThrownBy(() -> new Mention(EntityType.NUMBER, 0, 4, 0, 0, 1, "2018", Optional.of(t)))
                .hasMessageContaining("NUMBER mention cannot carry a TimeValue");
        Mention m = new Mention(EntityType.DATE, 0, 4, 0, 0, 1, "2018", Optional.of(t));
        assertThat(m.time()).contains(t);
        assertThat(m.quantity()).isEmpty();
    }
}
