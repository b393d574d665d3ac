package dev.faultline.events.patterns;

import dev.faultline.domain.event.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternBookTest {
    @Test
    void theShippedPatternsCoverEveryPloverTypeWithConsistentCodes() {
        PatternBook book = PatternBook.load();
        Set<PloverType> covered = book.patterns().stream().map(EventPattern::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(PloverType.class)));
        assertThat(covered).containsExactlyInAnyOrder(PloverType.values());
        assertThat(book.patterns().size()).isGreaterThan(90);
        for (EventPattern p : book.patterns()) {
            if (dev.faultline.domain.event.CodedEvent.quadOf(p.cameo().code()) >= 3) {
                assertThat(p.cameo().goldstein()).as("%s: conflict codes score below zero", p.trigger()).isNegative();
            }
            assertThat(book.catalog().entry(p.cameo().code())).as("%s: a code of the CAMEO table", p.trigger()).isPresent()
                    .get().extracting(e -> e.goldstein()).isEqualTo(p.cameo().goldstein());
        }
    }

    @Test
    void aHyphenatedTriggerIsItsWordsAndHyphenAsTheTokenizerSplitsThem() {
        PatternBook book = PatternBook.load();
        EventPattern sitIn = book.nouns("sit").stream().filter(p -> p.trigger().text().equals("sit-in")).findFirst().orElseThrow();
        assertThat(sitIn.trigger().lemmas()).containsExactly("sit", "-", "in");
        assertThat(sitIn.type()).isEqualTo(PloverType.PROTEST);
        assertThat(book.nouns("sit-in")).as("no key the tokenizer never makes").isEmpty();
        assertThat(book.verbs("hold")).extracting(p -> p.trigger().text()).contains("hold sit-in");
    }

    @Test
    void phrasalAndLightVerbsComeBeforeTheirHeadAlone() {
        PatternBook book = PatternBook.load();
        List<EventPattern> pull = book.verbs("pull");
        assertThat(pull).extracting(p -> String.join(" ", p.trigger().lemmas())).contains("pull back", "pull out");
        assertThat(pull).allMatch(p -> p.type() == PloverType.RETREAT && p.cameo().code().equals("0874"));
        List<EventPattern> take = book.verbs("take");
        assertThat(take).extracting(p -> String.join(" ", p.trigger().lemmas())).contains("take control", "take over");
        assertThat(take.get(0).trigger().lemmas().size()).isGreaterThanOrEqualTo(take.get(take.size() - 1).trigger().lemmas().size());
        assertThat(book.nouns("withdrawal").get(0).type()).isEqualTo(PloverType.RETREAT);
        assertThat(book.verbs("Attack").get(0).targetIsObject()).isTrue();
        assertThat(book.code("195")).get().extracting(CameoCode::goldstein).isEqualTo(-10.0);
        assertThat(book.verbs("photosynthesize")).isEmpty();
    }

    @Test
    void everyProblemNamesItsFileAndEntry(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("mine.yaml"), """
                version: 1
                sources: ["team"]
                codes:
                  "190": {name: Use conventional military force, goldstein: -9.0}
                  "999x": {name: nonsense, goldstein: 0}
                patterns:
                  - {verb: attack, target: [object], type: ASSAULT, cameo: "190"}
                  - {verb: storm, target: [object], type: STORMING, cameo: "190"}
                  - {verb: raze, target: [object], type: ASSAULT, cameo: "191x"}
                  - {verb: attack, target: [object], type: ASSAULT, cameo: "195"}
                  - {verb: hit, noun: hit, type: ASSAULT, cameo: "190"}
                  - {verb: smite, type: ASSAULT, cameo: "190", colour: red}
                """);
        assertThatThrownBy(() -> PatternBook.load(List.of(bad)))
                .isInstanceOf(PatternBookException.class)
                .satisfies(e -> assertThat(((PatternBookException) e).problems()).anyMatch(p -> p.contains("mine.yaml: code 190: Goldstein -9.0 differs"))
                        .anyMatch(p -> p.contains("mine.yaml: code 999x"))
                        .anyMatch(p -> p.contains("pattern 2 (storm): unknown PLOVER type 'STORMING'"))
                        .anyMatch(p -> p.contains("pattern 3 (raze): CAMEO code '191x' is neither in the CAMEO table"))
                        .anyMatch(p -> p.contains("pattern 4 (attack): verb 'attack' is already coded ASSAULT 190"))
                        .anyMatch(p -> p.contains("pattern 5: give exactly one of 'verb' or 'noun'"))
                        .anyMatch(p -> p.contains("pattern 6 (smite): unknown key 'colour'") || p.contains("pattern 6: unknown key 'colour'")));
    }

    @Test
    void aBareOnIsNoTargetPreposition(@TempDir Path dir) throws IOException {
        // YAML 1.1 reads a bare on as the boolean true: the shipped book lost every "on" target so (strikes on X)
        Path bare = Files.writeString(dir.resolve("bare.yaml"), """
                version: 1
                sources: ["team"]
                patterns:
                  - {noun: pummelling, target: [of, on], type: ASSAULT, cameo: "194"}
                """);
        assertThatThrownBy(() -> PatternBook.load(List.of(bare))).isInstanceOf(PatternBookException.class)
                .satisfies(e -> assertThat(((PatternBookException) e).problems()).anyMatch(p -> p.contains("bare.yaml") && p.contains("quote it")));
        assertThat(PatternBook.load().nouns("strike")).allSatisfy(p -> assertThat(p.target()).contains("on"));
    }

    @Test
    void aUsersFileAddsPatterns(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.yaml"), """
                version: 1
                sources: ["team"]
                codes: {"190": {name: Use conventional military force, goldstein: -10.0}}
                patterns:
                  - {verb: storm, target: [object], type: ASSAULT, mode: fight, context: [military], cameo: "190"}
                """);
        assertThat(PatternBook.load(List.of(mine)).verbs("storm")).hasSize(1);
    }

    @Test
    void aPatternWithoutATypeTakesItsCodesPloverCodingFromTheCameoTable(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.yaml"), """
                version: 1
                sources: ["team"]
                patterns:
                  - {verb: picket, target: [object], cameo: "141"}
                  - {verb: mutter, target: [object], cameo: "010"}
                """);
        assertThatThrownBy(() -> PatternBook.load(List.of(mine))).isInstanceOf(PatternBookException.class)
                .hasMessageContaining("pattern 2 (mutter): no 'type', and CAMEO 010 has no PLOVER type");
        Path ok = Files.writeString(dir.resolve("ok.yaml"), """
                version: 1
                sources: ["team"]
                patterns:
                  - {verb: picket, target: [object], cameo: "141"}
                """);
        EventPattern picket = PatternBook.load(List.of(ok)).verbs("picket").get(0);
        assertThat(picket.type()).isEqualTo(dev.faultline.domain.event.PloverType.PROTEST);
        assertThat(picket.mode()).isEqualTo("demo");
        assertThat(picket.cameo().goldstein()).isEqualTo(-6.5);
    }
}
