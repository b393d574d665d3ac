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
            boolean conflict = dev.faultline.domain.event.CodedEvent.quadOf(p.cameo().code()) >= 3;
            assertThat(p.cameo().goldstein() < 0).as("%s: conflict codes score below zero", p.trigger()).isEqualTo(conflict);
        }
    }

    @Test
    void phrasalAndLightVerbsComeBeforeTheirHeadAlone() {
        PatternBook book = PatternBook.load();
        List<EventPattern> pull = book.verbs("pull");
        assertThat(pull).extracting(p -> String.join(" ", p.trigger().lemmas())).contains("pull back", "pull out");
        assertThat(pull).allMatch(p -> p.type() == PloverType.RETREAT && p.cameo().code().equals("0874"));
        List<EventPattern> take = book.verbs("take");
        assertThat(take.get(0).trigger().lemmas()).containsExactly("take", "control");
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
                        .anyMatch(p -> p.contains("pattern 3 (raze): CAMEO code '191x' is not listed"))
                        .anyMatch(p -> p.contains("pattern 4 (attack): verb 'attack' is already coded ASSAULT 190"))
                        .anyMatch(p -> p.contains("pattern 5: give exactly one of 'verb' or 'noun'"))
                        .anyMatch(p -> p.contains("pattern 6 (smite): unknown key 'colour'") || p.contains("pattern 6: unknown key 'colour'")));
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
}
