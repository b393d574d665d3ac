package dev.faultline.app.view.export;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.event.PloverType;
import dev.faultline.relations.AllianceModel;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The export writers' details, without a store. */
class ExportFormatsTest {
    @Test
    void xmlKeepsWhatXmlCanCarryAndReplacesTheRest() {
        assertThat(GraphMl.xml("plain <b>&\"'\t\n")).isEqualTo("plain <b>&\"'\t\n");
        assertThat(GraphMl.xml("bell\u0007 nul\u0000 esc\u001B")).isEqualTo("bell\uFFFD nul\uFFFD esc\uFFFD");
        assertThat(GraphMl.xml("lone \uD800 high, ok \uD83D\uDE42, \uFFFF")).isEqualTo("lone \uFFFD high, ok \uD83D\uDE42, \uFFFD");
    }

    @Test
    void graphMlOfNamesWithControlCharactersStillValidates() {
        ActorRef bell = actor("bell-group", "Bell\u0007 Group \uD83D\uDE42");
        ActorRef other = actor("other-group", "Other <Group>");
        CodedEvent e = new CodedEvent("x-e1", new ArticleId("0123456789abcdef"), 0, 0, 10, "Bell hit Other",
                new EventDate(PartialDate.ofDay(LocalDate.of(2020, 1, 5)), EventDate.Basis.EXPLICIT),
                List.of(mention(bell)), List.of(mention(other)), PloverType.ASSAULT, "", List.of(), "190", -10.0, Modality.ASSERTED,
                null, null, 0.9);
        AllianceModel model = AllianceModel.build(List.of(), id -> null, List.of(e), List.of(), Map.of());
        StringWriter out = new StringWriter();
        GraphMl.write(model, List.of(e), out);
        GraphMlReader g = GraphMlReader.read(out.toString());
        assertThat(g.nodes().get("bell-group")).containsEntry("label", "Bell\uFFFD Group \uD83D\uDE42").containsEntry("events", "1");
        assertThat(g.nodes().get("other-group")).containsEntry("label", "Other <Group>");
        assertThat(g.edges()).hasSize(model.relations().size());
    }

    @Test
    void gdeltDatesKeepTheirPrecision() {
        assertThat(Gdelt.sqlDate(PartialDate.ofDay(LocalDate.of(2018, 10, 2)))).isEqualTo("20181002");
        assertThat(Gdelt.sqlDate(PartialDate.ofMonth(2018, 10))).isEqualTo("20181000");
        assertThat(Gdelt.sqlDate(PartialDate.ofYear(2018))).isEqualTo("20180000");
        assertThat(Gdelt.fraction(PartialDate.ofDay(LocalDate.of(2018, 1, 1)))).isEqualTo("2018.0000");
        assertThat(Gdelt.fraction(PartialDate.ofDay(LocalDate.of(2020, 12, 31)))).isEqualTo("2020.9973");
    }

    @Test
    void gdeltValuesStayOnTheirLineAndInPlainDecimals() {
        assertThat(Gdelt.clean("a\tb\nc\r\nd\u2028e")).isEqualTo("a b c  d e");
        assertThat(Gdelt.clean(null)).isEmpty();
        assertThat(Gdelt.clean(0.0001)).isEqualTo("0.0001");
        assertThat(Gdelt.clean(-10.0)).isEqualTo("-10");
        assertThat(Gdelt.clean(35.0)).isEqualTo("35");
        assertThat(Gdelt.clean(170654L)).isEqualTo("170654");
    }

    @Test
    void gdeltIdsAreStablePositiveAndExactInADouble() {
        long id = Gdelt.globalId("reuters-e1");
        assertThat(id).isEqualTo(Gdelt.globalId("reuters-e1")).isPositive().isLessThan(1L << 52);
        assertThat(Gdelt.globalId("reuters-e2")).isNotEqualTo(id);
    }

    private static ActorRef actor(String id, String name) {
        return new ActorRef(id, name, ActorKind.GROUP, null, null, null, List.of(id), ActorRef.Origin.CANDIDATE, null);
    }

    private static ActorMention mention(ActorRef a) {
        return new ActorMention(0, 4, 0, 0, 1, "word", a, MentionBasis.ALIAS, 0.9);
    }
}
