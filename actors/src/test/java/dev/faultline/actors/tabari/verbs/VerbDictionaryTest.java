package dev.faultline.actors.tabari.verbs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerbDictionaryTest {
    static VerbDictionary dictionary() {
        return VerbDictionary.of(List.of(VerbDictionaryReaderTest.read()));
    }

    @Test
    void looksUpEveryFormInAnyCase() {
        VerbDictionary d = dictionary();
        assertThat(d.lookup("attacked")).hasValueSatisfying(e -> assertThat(e.lemma().phrase()).isEqualTo("ATTACK"));
        assertThat(d.lookup("Struck")).hasValueSatisfying(e -> {
            assertThat(e.lemma().phrase()).isEqualTo("STRIKE");
            assertThat(e.code().code()).isEqualTo("195");
            assertThat(e.patterns()).extracting(VerbPattern::text).contains("$ * + WITH &WEAPON");
        });
        assertThat(d.lookup("STRIKED")).as("no regular forms when irregular ones are given").isEmpty();
        assertThat(d.lookup("opened fire")).hasValueSatisfying(e -> assertThat(e.lemma().toString()).isEqualTo("+OPEN_FIRE"));
        assertThat(d.lookup("OPENING_FIRE")).isPresent();
        assertThat(d.lookup("re-arrested")).hasValueSatisfying(e -> assertThat(e.lemma().verb()).isEqualTo("ARREST"));
        assertThat(d.lookup("defend")).isEmpty();
        assertThat(d.formCount()).isEqualTo(6 * 4);
        assertThat(d.patternCount()).isEqualTo(9);
    }

    @Test
    void candidatesForAVerbWordPutMultiWordVerbsFirst() {
        VerbDictionaryReader.Read extra = VerbDictionaryReader.read("extra.verbs", List.of(
                "--- OPEN [---] ---", "OPEN", "- * TALKS [040]"));
        VerbDictionary d = VerbDictionary.of(List.of(VerbDictionaryReaderTest.read(), extra));
        assertThat(d.candidates("opened")).extracting(c -> c.form().phrase()).containsExactly("OPENED FIRE", "OPENED");
        assertThat(d.candidates("arrested")).singleElement()
                .satisfies(c -> assertThat(c.form().words()).containsExactly("RE", "ARRESTED"));
        assertThat(d.candidates("nothing")).isEmpty();
    }

    @Test
    void expandsSynsetsWithPluralsAndNestedSynsets() {
        VerbDictionary d = dictionary();
        assertThat(d.expand("&WEAPON")).containsExactly(List.of("ROCKET"), List.of("ROCKETS"),
                List.of("ARTILLERY", "SHELL"), List.of("ARTILLERY", "SHELLS"), List.of("AMMUNITION"));
        assertThat(d.expand("weapon")).isEqualTo(d.expand("&WEAPON"));
        assertThat(d.expand("&ARMS")).contains(List.of("RIFLE"), List.of("RIFLES"), List.of("ROCKETS"), List.of("AMMUNITION"));
        assertThat(d.expand("&NOTHING")).isEmpty();
        assertThat(d.synset("&AUXVERB_")).isPresent();
    }

    @Test
    void laterFilesWinClashesAndEachClashIsAProblem() {
        VerbDictionaryReader.Read mine = VerbDictionaryReader.read("mine.verbs", List.of(
                "--- ASSAULT [180] ---", "ATTACK", "STRUCK", "- * BASE [183]"));
        VerbDictionary d = VerbDictionary.of(List.of(VerbDictionaryReaderTest.read(), mine));
        assertThat(d.lookup("attacking")).hasValueSatisfying(e -> assertThat(e.block()).isEqualTo("ASSAULT"));
        assertThat(d.lookupAll("attacking")).extracting(VerbEntry::block).containsExactly("ATTACK", "ASSAULT");
        assertThat(d.lookup("struck")).hasValueSatisfying(e -> assertThat(e.code().code()).isEqualTo("180"));
        assertThat(d.problems()).filteredOn(p -> p.where().startsWith("mine.verbs"))
                .extracting(p -> p.where()).containsExactly("mine.verbs:2", "mine.verbs:3");
        assertThat(d.problems()).filteredOn(p -> p.where().equals("mine.verbs:2")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("ATTACKS").contains("test.verbs:14"));
    }

    @Test
    void aWrittenFormBeatsAGeneratedOne() {
        VerbDictionaryReader.Read r = VerbDictionaryReader.read("forms.verbs", List.of(
                "--- FIND [---] ---", "FIND {FINDS FOUND FINDING}",
                "--- FOUND [060] ---", "FOUND",
                "--- LATER [---] ---", "FIND_OUT {FOUNDED}"));
        VerbDictionary d = VerbDictionary.of(List.of(r));
        assertThat(d.lookup("founded")).as("FOUND's generated FOUNDED loses to a written form")
                .hasValueSatisfying(e -> assertThat(e.block()).isEqualTo("LATER"));
        assertThat(d.lookup("found")).hasValueSatisfying(e -> assertThat(e.block()).isEqualTo("FOUND"));
    }

    @Test
    void regularEnglishForms() {
        assertThat(EnglishForms.regularVerb("ATTACK")).containsExactly("ATTACKS", "ATTACKED", "ATTACKING");
        assertThat(EnglishForms.regularVerb("ACCUSE")).containsExactly("ACCUSES", "ACCUSED", "ACCUSING");
        assertThat(EnglishForms.regularVerb("AGREE")).containsExactly("AGREES", "AGREED", "AGREEING");
        assertThat(EnglishForms.regularVerb("DENY")).containsExactly("DENIES", "DENIED", "DENYING");
        assertThat(EnglishForms.regularVerb("DESTROY")).containsExactly("DESTROYS", "DESTROYED", "DESTROYING");
        assertThat(EnglishForms.regularVerb("PUSH")).containsExactly("PUSHES", "PUSHED", "PUSHING");
        assertThat(EnglishForms.plural("ALLY")).isEqualTo("ALLIES");
        assertThat(EnglishForms.plural("PRESS")).isEqualTo("PRESSES");
        assertThat(EnglishForms.plural("DOLLAR")).isEqualTo("DOLLARS");
        assertThat(EnglishForms.plural("BUS")).isEqualTo("BUSES");
        assertThat(EnglishForms.plural("DRONES")).as("already plural: no DRONESES").isNull();
    }
}
