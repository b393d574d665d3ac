package dev.faultline.ingest.date;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.clean.BoilerplateIndex;
import dev.faultline.ingest.clean.DebrisCleaner;
import dev.faultline.ingest.draft.Draft;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDaterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final PublicationDater dater = new PublicationDater(CLOCK);

    private Draft dated(String published, String body) {
        RawReport raw = new RawReport(new Source("r.txt", Source.Format.TEXT, 0), "T", body, null, null, published, List.of());
        return dater.apply(new DebrisCleaner(BoilerplateIndex.none()).apply(raw));
    }

    @Test
    void metadataWinsAndKeepsItsPrecision() {
        Draft d = dated("2016-05", "On August 8, 2018 the army advanced.");
        assertThat(d.published().date()).isEqualTo(PartialDate.ofMonth(2016, 5));
        assertThat(d.published().estimated()).isFalse();
        assertThat(dated("2018-08-08T23:10:00+03:00", "x y z").published().date().value()).isEqualTo("2018-08-08");
        assertThat(dated("Tue, 04 Sep 2018 10:00:00 GMT", "x").published().date().value()).isEqualTo("2018-09-04");
    }

    @Test
    void estimatesTheLatestFullDateTheTextMentions() {
        Draft d = dated(null, "Talks began on 8 August 2018. A truce followed on Aug. 20, 2018, and collapsed by 2018-09-02. It was first proposed in May 2017.");
        assertThat(d.published().date().value()).isEqualTo("2018-09-02");
        assertThat(d.published().estimated()).isTrue();
    }

    @Test
    void aMonthYearAloneGivesMonthPrecision() {
        Draft d = dated(null, "Fighting has continued since September 2015 and intensified in March 2016.");
        assertThat(d.published().date()).isEqualTo(PartialDate.ofMonth(2016, 3));
        assertThat(d.published().date().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void undatedReportsGetAWarningAndFutureDatesAreIgnored() {
        Draft d = dated(null, "Officials may 2000 times deny it. Elections are due on January 5, 2031.");
        assertThat(d.published()).isNull();
        assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("no publication date"));
    }

    @Test
    void anUnreadablePublishedValueIsReportedAndTheTextDecides() {
        Draft d = dated("last week", "The raid took place on 3 March 2019.");
        assertThat(d.published().date().value()).isEqualTo("2019-03-03");
        assertThat(d.published().estimated()).isTrue();
        assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("'last week'"));
    }

    @Test
    void scrapedDaysGluedToTheirYearAndDottedDatesAreRead() {
        LocalDate latest = LocalDate.of(2020, 1, 1);
        assertThat(TextDates.days("Updated Mar 042019 AMMAN", latest)).containsExactly(PartialDate.ofDay(LocalDate.of(2019, 3, 4)));
        assertThat(TextDates.days("24.08.2013 Syrian state media said", latest)).containsExactly(PartialDate.ofDay(LocalDate.of(2013, 8, 24)));
        assertThat(TextDates.days("15-09-2013 Militants attack", latest)).containsExactly(PartialDate.ofDay(LocalDate.of(2013, 9, 15)));
        assertThat(TextDates.days("on 09/10/2013 and 15.09-2013", latest)).as("slashes are ambiguous; separators must agree").isEmpty();
        assertThat(TextDates.days("Jul 992016 and 31.02.2015 and 12.13.2015 and 1.2.20134", latest)).as("no such day or month").isEmpty();
    }

    @Test
    void textDatesRejectImpossibleDays() {
        assertThat(TextDates.days("on February 30, 2018 and 31 April 2018", LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(TextDates.days("on Sept. 3rd, 2018", LocalDate.of(2020, 1, 1))).containsExactly(PartialDate.ofDay(LocalDate.of(2018, 9, 3)));
    }
}
