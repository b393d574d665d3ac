package dev.faultline.nlp.number;

import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.QuantityValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences are written pre-tokenized, tokens separated by single spaces, as the layer passes them. */
class NumberNormalizerTest {
    private final NumberNormalizer normalizer = new NumberNormalizer();

    private List<QuantityMatch> find(String sentence) {
        return normalizer.find(Arrays.asList(sentence.split(" ")));
    }

    private QuantityValue only(String sentence) {
        List<QuantityMatch> all = find(sentence);
        assertThat(all).as("quantities in '%s'", sentence).hasSize(1);
        return all.get(0).value();
    }

    @Test
    void aHedgedNumberKeepsItsValueAndIsApproximate() {
        QuantityValue v = only("Roughly 5,000 fighters crossed the river .");
        assertThat(v.value()).isEqualByComparingTo("5000");
        assertThat(v.approximate()).isTrue();
        assertThat(only("The army lost more than 300 tanks .").approximate()).isTrue();
        assertThat(only("The army lost 300 tanks .").approximate()).isFalse();
    }

    @Test
    void aEuropeanThousandsSeparatorIsReadWhenCountedPeopleFollow() {
        assertThat(only("Some 2.500 Iranian Revolutionary Guards officers and men are deployed .").value())
                .isEqualByComparingTo("2500");
        assertThat(only("Inflation reached 2.500 in the model .").value()).isEqualByComparingTo("2.5");
        assertThat(only("The town of 1.200.000 inhabitants").value()).isEqualByComparingTo("1200000");
    }

    @Test
    void numberWordsAndScaleWords() {
        assertThat(only("Two hundred and fifty soldiers surrendered .").value()).isEqualByComparingTo("250");
        assertThat(only("Crop estimates are around 6.4 mln bags .").value()).isEqualByComparingTo("6400000");
        assertThat(only("Seventy-five rockets were fired .").value()).isEqualByComparingTo("75");
        assertThat(only("A dozen villages were shelled .").value()).isEqualByComparingTo("12");
    }

    @Test
    void vagueCountsGiveTheirLeastMeaningAndAreApproximate() {
        QuantityValue dozens = only("Dozens of civilians were killed .");
        assertThat(dozens.value()).isEqualByComparingTo("24");
        assertThat(dozens.approximate()).isTrue();
        assertThat(only("Tens of thousands fled the city .").value()).isEqualByComparingTo("20000");
    }

    @Test
    void rangesButNotChanges() {
        QuantityValue r = only("Eight to ten gunmen stormed the base .");
        assertThat(r.value()).isEqualByComparingTo("8");
        assertThat(r.upper()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("10"));
        assertThat(only("Between 40 and 60 people were detained .").upper()).isPresent();
        List<QuantityMatch> change = find("The garrison shrank from 7000 to 700 men .");
        assertThat(change).hasSize(2);
        assertThat(change.get(0).value().value()).isEqualByComparingTo("7000");
        assertThat(change.get(1).value().value()).isEqualByComparingTo("700");
    }

    @Test
    void moneyAndPercentages() {
        List<QuantityMatch> money = find("Washington pledged $ 3 million in aid .");
        assertThat(money).hasSize(1);
        assertThat(money.get(0).type()).isEqualTo(EntityType.MONEY);
        assertThat(money.get(0).value().normalized()).isEqualTo("USD 3000000");
        assertThat(money.get(0).begin()).isEqualTo(2);
        QuantityMatch pct = find("Turnout fell to 42 percent .").get(0);
        assertThat(pct.type()).isEqualTo(EntityType.PERCENT);
        assertThat(pct.value().value()).isEqualByComparingTo(new BigDecimal("42"));
        assertThat(pct.end() - pct.begin()).isEqualTo(2);
    }

    @Test
    void pronounOneAndTakenWordsAreLeftAlone() {
        assertThat(find("No one claimed the attack .")).isEmpty();
        assertThat(normalizer.find(List.of("on", "Aug.", "8"), i -> i >= 1)).isEmpty();
        assertThat(normalizer.find(List.of("two", "hundred"), i -> i == 1)).as("a match reaching into a taken word").isEmpty();
    }
}
