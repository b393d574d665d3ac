package dev.faultline.nlp.time;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.TimeValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences are written pre-tokenized, tokens separated by single spaces, as the layer passes them. */
class DateNormalizerTest {
    private static final LocalDate SEPT_2018 = LocalDate.of(2018, 9, 12);   // a Wednesday
    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);    // a Friday
    private final DateNormalizer normalizer = new DateNormalizer();

    private List<TimeMatch> find(String sentence, LocalDate published) {
        return normalizer.find(Arrays.asList(sentence.split(" ")), Optional.ofNullable(published));
    }

    private TimeMatch only(String sentence, LocalDate published) {
        List<TimeMatch> all = find(sentence, published);
        assertThat(all).as("matches in '%s'", sentence).hasSize(1);
        return all.get(0);
    }

    private TimeValue value(String sentence, LocalDate published) {
        return only(sentence, published).value().orElseThrow();
    }

    @Test
    void aMonthAndDayTakeThePublicationYearWhenThatIsThePast() {
        TimeValue v = value("The convoy was hit on Aug. 8 near the border .", SEPT_2018);
        assertThat(v.normalized()).isEqualTo("2018-08-08");
        assertThat(v.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(v.relative()).isTrue();
    }

    @Test
    void aMonthAndDayAfterPublicationMoveBackAYearUnlessTheSentenceSpeaksOfTheFuture() {
        assertThat(value("The convoy was hit on Aug. 8 near the border .", MARCH_2019).normalized()).isEqualTo("2018-08-08");
        assertThat(value("Talks will resume on Aug. 8 in Geneva .", MARCH_2019).normalized()).isEqualTo("2019-08-08");
    }

    @Test
    void fullDatesAreAbsoluteInEitherOrder() {
        TimeValue us = value("The ceasefire began on August 8 , 2018 , officials said .", MARCH_2019);
        assertThat(us.normalized()).isEqualTo("2018-08-08");
        assertThat(us.relative()).isFalse();
        assertThat(value("Fighting resumed on 14 February 2019 in the north .", MARCH_2019).normalized()).isEqualTo("2019-02-14");
        assertThat(value("The raid came on Tuesday , Jan. 15 , 2019 .", MARCH_2019).normalized()).isEqualTo("2019-01-15");
    }

    @Test
    void lastOctoberIsTheOctoberBeforePublication() {
        TimeValue v = value("The militia withdrew last October .", MARCH_2019);
        assertThat(v.normalized()).isEqualTo("2018-10");
        assertThat(v.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(v.relative()).isTrue();
    }

    @Test
    void aMonthWithAYearKeepsMonthPrecisionAndIsNotRelative() {
        TimeMatch m = only("The offensive began in February 2019 .", MARCH_2019);
        assertThat(m.value().orElseThrow().normalized()).isEqualTo("2019-02");
        assertThat(m.value().orElseThrow().relative()).isFalse();
        assertThat(m.end() - m.begin()).isEqualTo(2);
    }

    @Test
    void aBareMonthAfterAPrepositionIsADateButAPersonsNameIsNot() {
        assertThat(value("The siege lasted until May .", MARCH_2019).normalized()).isEqualTo("2018-05");
        assertThat(find("Theresa May said the talks failed .", MARCH_2019)).isEmpty();
    }

    @Test
    void thePastFortnightIsAWindowEndingAtPublication() {
        TimeValue v = value("Shelling intensified over the past fortnight .", MARCH_2019);
        assertThat(v.kind()).isEqualTo(TimeValue.Kind.RANGE);
        assertThat(v.normalized()).isEqualTo("2019-02-15/2019-03-01");
        assertThat(v.relative()).isTrue();
    }

    @Test
    void sinceAYearIsARangeFromThatYearToPublication() {
        TimeMatch m = only("The group has controlled the valley since 1998 .", MARCH_2019);
        TimeValue v = m.value().orElseThrow();
        assertThat(v.normalized()).isEqualTo("1998/2019-03-01");
        assertThat(v.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(m.end() - m.begin()).isEqualTo(2);
    }

    @Test
    void twoMonthsSinceIsADurationAnchoredAtPublication() {
        TimeMatch m = only("It has been two months since the last airstrike .", MARCH_2019);
        assertThat(m.type()).isEqualTo(EntityType.DURATION);
        TimeValue v = m.value().orElseThrow();
        assertThat(v.duration()).contains(Period.ofMonths(2));
        assertThat(v.start().orElseThrow().value()).isEqualTo("2019-01");
        assertThat(v.relative()).isTrue();
    }

    @Test
    void aWeekdayIsTheLastSuchDayOnOrBeforePublication() {
        assertThat(value("Rebels attacked the town on Monday .", SEPT_2018).normalized()).isEqualTo("2018-09-10");
        assertThat(value("Rebels attacked the town on Wednesday night .", SEPT_2018).normalized()).isEqualTo("2018-09-12");
        assertThat(value("The envoy will arrive on Friday .", SEPT_2018).normalized()).isEqualTo("2018-09-14");
    }

    @Test
    void deicticAndCalendarUnitsResolveAgainstPublication() {
        assertThat(value("The army said yesterday that it had retaken the hill .", SEPT_2018).normalized()).isEqualTo("2018-09-11");
        assertThat(value("Clashes erupted last month .", MARCH_2019).normalized()).isEqualTo("2019-02");
        assertThat(value("Clashes erupted last year .", MARCH_2019).normalized()).isEqualTo("2018");
        assertThat(value("Clashes erupted last week .", MARCH_2019).normalized()).isEqualTo("2019-02-18/2019-02-24");
        assertThat(value("The bridge was destroyed two years ago .", MARCH_2019).normalized()).isEqualTo("2017");
    }

    @Test
    void theSecondHalfOfAMonthIsARangeOfDays() {
        TimeValue v = value("Raids peaked in the second half of August .", MARCH_2019);
        assertThat(v.normalized()).isEqualTo("2018-08-16/2018-08-31");
    }

    @Test
    void durationsAndTimesOfDay() {
        TimeMatch d = only("The blockade lasted three weeks .", MARCH_2019);
        assertThat(d.type()).isEqualTo(EntityType.DURATION);
        assertThat(d.value().orElseThrow().normalized()).isEqualTo("P21D");
        TimeMatch t = only("The blast struck at 3:30 p.m. local time .", MARCH_2019);
        assertThat(t.type()).isEqualTo(EntityType.TIME);
        assertThat(t.value().orElseThrow().normalized()).isEqualTo("T15:30");
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsAreFoundWithoutValue() {
        TimeMatch m = only("Clashes erupted last month .", null);
        assertThat(m.value()).isEmpty();
        assertThat(value("The war began in March 2011 .", null).normalized()).isEqualTo("2011-03");
    }

    @Test
    void theCheapTestSkipsSentencesWithoutDateWords() {
        assertThat(DateNormalizer.mayHoldDate(List.of("Rebels", "shelled", "the", "town", "."))).isFalse();
        assertThat(DateNormalizer.mayHoldDate(List.of("on", "Aug.", "8"))).isTrue();
    }
}
