package dev.faultline.domain.event;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventValuesTest {
    static final ActorMention RUSSIA = new ActorMention(0, 6, 0, 0, 1, "Russia",
            new ActorRef("russia", "Russia", ActorKind.STATE, "RUS", null, "RUS", List.of("russia"), ActorRef.Origin.KNOWN, null),
            MentionBasis.ALIAS, 0.9);

    @Test
    void ploverTypesReadRetiredLabelsAndCarryTheirQuad() {
        assertThat(PloverType.parse("fight")).contains(PloverType.ASSAULT);
        assertThat(PloverType.parse("DEMAND")).contains(PloverType.REQUEST);
        assertThat(PloverType.parse("Disapprove")).contains(PloverType.ACCUSE);
        assertThat(PloverType.parse("nonsense")).isEmpty();
        assertThat(PloverType.RETREAT.quad()).isEqualTo(2);
        assertThat(PloverType.ASSAULT.isConflict()).isTrue();
        assertThat(PloverType.values()).hasSize(16);
    }

    @Test
    void sizesAndPlacesAreValidated() {
        assertThat(new ForceSize(5000L, null, null, "roughly 5,000").personnel()).isEqualTo(5000);
        assertThatThrownBy(() -> new ForceSize(null, null, null, "some")).hasMessageContaining("at least one count");
        assertThatThrownBy(() -> new ForceSize(-1L, null, null, "x")).hasMessageContaining("negative");
        assertThat(EventPlace.named("Deir ez-Zor").lat()).isNull();
        assertThatThrownBy(() -> new EventPlace("X", null, null, 91.0, 0.0, null, PlacePrecision.PLACE)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> new EventPlace("X", null, null, 10.0, null, null, PlacePrecision.PLACE)).hasMessageContaining("together");
        assertThatThrownBy(() -> new EventPlace("X", "SYR", null, null, null, null, null)).hasMessageContaining("how precise");
    }

    @Test
    void anEventNeedsAValidCodeAndSpanButMayLackActors() {
        EventDate date = new EventDate(PartialDate.parse("2018-08-08").orElseThrow(), EventDate.Basis.RELATIVE);
        CodedEvent e = new CodedEvent("e1", ArticleId.of("x"), 0, 0, 30, "Russia pulled back its forces.", date,
                List.of(RUSSIA), List.of(), PloverType.RETREAT, "withdraw", List.of("military"), "0874", 5.0,
                Modality.ASSERTED, null, null, 0.6);
        assertThat(e.quad()).isEqualTo(2);
        assertThat(CodedEvent.quadOf("100")).isEqualTo(3);
        assertThat(CodedEvent.quadOf("020")).isEqualTo(1);
        assertThat(CodedEvent.quadOf("195")).isEqualTo(4);
        // "a bomb exploded near the station": violence with no named perpetrator or victim is still an event
        CodedEvent unattributed = new CodedEvent("e2", ArticleId.of("x"), 0, 0, 30, "t", date, List.of(), List.of(),
                PloverType.ASSAULT, null, List.of(), "183", -10.0, Modality.ASSERTED, null, null, 0.5);
        assertThat(unattributed.source()).isEmpty();
        assertThat(unattributed.quad()).isEqualTo(4);
        assertThatThrownBy(() -> new CodedEvent("e4", ArticleId.of("x"), 0, 0, 30, "t", date, List.of(RUSSIA), List.of(),
                PloverType.RETREAT, null, List.of(), "0874", 11.0, Modality.ASSERTED, null, null, 0.6)).hasMessageContaining("Goldstein");
        assertThatThrownBy(() -> new CodedEvent("e3", ArticleId.of("x"), 0, 0, 30, "t", date, List.of(RUSSIA), List.of(),
                PloverType.RETREAT, null, List.of(), "87a", 5.0, Modality.ASSERTED, null, null, 0.6)).hasMessageContaining("CAMEO");
        assertThat(Modality.ALLEGED.happened()).isTrue();
        assertThat(Modality.NEGATED.happened()).isFalse();
    }
}
