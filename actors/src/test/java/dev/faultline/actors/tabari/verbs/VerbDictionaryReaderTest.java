package dev.faultline.actors.tabari.verbs;

import dev.faultline.domain.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerbDictionaryReaderTest {
    /** A small dictionary with every syntax feature the reader knows; line numbers matter below. */
    static final List<String> VERBS = List.of(
            "<!-- A TEST VERB DICTIONARY",                       // 1
            "     spanning lines -->",                           // 2
            "# synsets",                                         // 3
            "&WEAPON",                                           // 4
            "+ROCKET",                                           // 5
            "+ARTILLERY_SHELL",                                  // 6
            "+AMMUNITION_",                                      // 7
            "",                                                  // 8
            "&AUXVERB_  # no plurals for any member",            // 9
            "+WAS",                                              // 10
            "+HAS BEEN",                                         // 11
            "",                                                  // 12
            "--- ATTACK [190] ---",                              // 13
            "ATTACK   # jw 10/11/91",                            // 14
            "STRIKE {STRIKES STRUCK STRIKING} [195]",            // 15
            "+OPEN_FIRE",                                        // 16
            "RE_+ARREST",                                        // 17
            "- $ * + WITH &WEAPON [195]  # ATTACK <ab 01 Jan 2001>", // 18
            "- % * [190:191]",                                   // 19
            "- IN_* + [---]",                                    // 20
            "- * {BASE | CAMP} OF + [0874]",                     // 21
            "- $ &AUXVERB * ^ BY_+ [193]",                       // 22
            "- * &UNDEFINED [190]",                              // 23
            "- * NO CODE HERE",                                  // 24
            "- NO VERB SLOT [190]",                              // 25
            "- * TWO * SLOTS [190]",                             // 26
            "",                                                  // 27
            "&ARMS",                                             // 28
            "+&WEAPON",                                          // 29
            "+RIFLE",                                            // 30
            "",                                                  // 31
            "--- REST ---",                                      // 32
            "REST",                                              // 33
            "CARRY [080!]",                                      // 34
            "- * AT_HOME_ [---] ; legacy comment",               // 35
            "- * &ARMS [0874]",                                  // 36
            "- * ODD_CODE [def]",                                // 37
            "--- EMPTY [010] ---");                              // 38

    static VerbDictionaryReader.Read read() {
        return VerbDictionaryReader.read("test.verbs", VERBS);
    }

    static VerbEntry entry(VerbDictionaryReader.Read r, String lemma) {
        return r.entries().stream().filter(e -> e.lemma().toString().equals(lemma)).findFirst().orElseThrow();
    }

    static VerbPattern pattern(VerbDictionaryReader.Read r, int line) {
        return r.patterns().stream().filter(p -> p.line() == line).findFirst().orElseThrow();
    }

    @Test
    void readsBlocksVerbsAndTheirCodes() {
        VerbDictionaryReader.Read r = read();
        assertThat(r.entries()).extracting(e -> e.lemma().toString())
                .containsExactly("ATTACK", "STRIKE", "+OPEN_FIRE", "RE_+ARREST", "REST", "CARRY");
        VerbEntry attack = entry(r, "ATTACK");
        assertThat(attack.block()).isEqualTo("ATTACK");
        assertThat(attack.code()).isEqualTo(new VerbCode("190", null));
        assertThat(attack.where()).isEqualTo("test.verbs:14");
        assertThat(entry(r, "STRIKE").code().code()).as("a verb's own code beats the block's").isEqualTo("195");
        assertThat(entry(r, "REST").code().isNull()).as("a block without a code codes no event").isTrue();
        assertThat(entry(r, "CARRY").code().code()).as("a coder's '!' flag is dropped").isEqualTo("080");
        assertThat(r.lines()).isEqualTo(VERBS.size());
    }

    @Test
    void generatesRegularFormsUnlessIrregularOnesAreGiven() {
        VerbDictionaryReader.Read r = read();
        assertThat(entry(r, "ATTACK").forms()).extracting(VerbForm::phrase)
                .containsExactly("ATTACK", "ATTACKS", "ATTACKED", "ATTACKING");
        assertThat(entry(r, "ATTACK").regular()).isTrue();
        assertThat(entry(r, "STRIKE").forms()).extracting(VerbForm::phrase)
                .containsExactly("STRIKE", "STRIKES", "STRUCK", "STRIKING");
        assertThat(entry(r, "STRIKE").regular()).isFalse();
        assertThat(entry(r, "CARRY").forms()).extracting(VerbForm::phrase)
                .containsExactly("CARRY", "CARRIES", "CARRIED", "CARRYING");
    }

    @Test
    void multiWordVerbsMarkTheirVerbWord() {
        VerbDictionaryReader.Read r = read();
        VerbEntry openFire = entry(r, "+OPEN_FIRE");
        assertThat(openFire.lemma().words()).containsExactly("OPEN", "FIRE");
        assertThat(openFire.lemma().verb()).isEqualTo("OPEN");
        assertThat(openFire.forms()).extracting(VerbForm::phrase).contains("OPENED FIRE", "OPENING FIRE");
        VerbEntry rearrest = entry(r, "RE_+ARREST");
        assertThat(rearrest.lemma().verb()).isEqualTo("ARREST");
        assertThat(rearrest.lemma().verbIndex()).isEqualTo(1);
        assertThat(rearrest.forms()).extracting(VerbForm::phrase).contains("RE ARRESTED");
    }

    @Test
    void patternsKeepSlotsSynsetsAdjacencyAndCodes() {
        VerbDictionaryReader.Read r = read();
        VerbPattern weapon = pattern(r, 18);
        assertThat(weapon.before()).extracting(PatternToken::kind).containsExactly(PatternToken.Kind.SOURCE);
        assertThat(weapon.after()).extracting(PatternToken::kind)
                .containsExactly(PatternToken.Kind.TARGET, PatternToken.Kind.WORD, PatternToken.Kind.SYNSET);
        assertThat(weapon.after()).extracting(PatternToken::text).containsExactly("+", "WITH", "&WEAPON");
        assertThat(weapon.after()).noneMatch(PatternToken::adjacent);
        assertThat(weapon.code().code()).isEqualTo("195");
        assertThat(weapon.comment()).isEqualTo("ATTACK <ab 01 Jan 2001>");
        assertThat(weapon.synsets()).containsExactly("&WEAPON");
        assertThat(weapon.text()).isEqualTo("$ * + WITH &WEAPON");

        VerbPattern compound = pattern(r, 19);
        assertThat(compound.before()).extracting(PatternToken::kind).containsExactly(PatternToken.Kind.COMPOUND);
        assertThat(compound.after()).isEmpty();
        assertThat(compound.code().isSymmetric()).isTrue();
        assertThat(compound.code().reverse()).isEqualTo("191");

        VerbPattern in = pattern(r, 20);
        assertThat(in.code().isNull()).isTrue();
        assertThat(in.before()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("IN");
            assertThat(t.adjacent()).as("IN_* joins IN to the verb").isTrue();
        });
        assertThat(in.after()).singleElement().satisfies(t -> assertThat(t.adjacent()).isFalse());

        VerbPattern skip = pattern(r, 22);
        assertThat(skip.before()).extracting(PatternToken::text).containsExactly("$", "&AUXVERB");
        assertThat(skip.after()).extracting(PatternToken::kind)
                .containsExactly(PatternToken.Kind.SKIP, PatternToken.Kind.WORD, PatternToken.Kind.TARGET);
        assertThat(skip.after().get(2).adjacent()).as("BY_+ joins the target to BY").isTrue();
        assertThat(skip.text()).isEqualTo("$ &AUXVERB * ^ BY_+");
    }

    @Test
    void alternativesExpandIntoOnePatternEach() {
        VerbDictionaryReader.Read r = read();
        List<VerbPattern> base = r.patterns().stream().filter(p -> p.line() == 21).toList();
        assertThat(base).extracting(VerbPattern::text).containsExactly("* BASE OF +", "* CAMP OF +");
        assertThat(base).allSatisfy(p -> assertThat(p.code().code()).isEqualTo("0874"));
        String many = "- * " + "{A | B | C | D} ".repeat(6) + "[010]";
        VerbDictionaryReader.Read tooMany = VerbDictionaryReader.read("many.verbs", List.of("--- X ---", "X", many));
        assertThat(tooMany.patterns()).isEmpty();
        assertThat(tooMany.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 1024"));
    }

    @Test
    void legacyOpenMatchUnderscoreAndSemicolonCommentsAreRead() {
        VerbDictionaryReader.Read r = read();
        VerbPattern home = pattern(r, 35);
        assertThat(home.after()).extracting(PatternToken::text).containsExactly("AT", "HOME");
        assertThat(home.after().get(1).adjacent()).isTrue();
        assertThat(home.comment()).isEqualTo("legacy comment");
        assertThat(pattern(r, 37).code().isCameo()).as("test codes are kept, but known not to be CAMEO").isFalse();
    }

    @Test
    void synsetsWithPluralsAndTheNoPluralMarks() {
        VerbDictionaryReader.Read r = read();
        Synset weapon = r.synsets().stream().filter(s -> s.name().equals("&WEAPON")).findFirst().orElseThrow();
        assertThat(weapon.phrases()).containsExactly(List.of("ROCKET"), List.of("ROCKETS"),
                List.of("ARTILLERY", "SHELL"), List.of("ARTILLERY", "SHELLS"), List.of("AMMUNITION"));
        Synset aux = r.synsets().stream().filter(s -> s.name().equals("&AUXVERB")).findFirst().orElseThrow();
        assertThat(aux.phrases()).as("a label ending in _ turns plurals off").containsExactly(List.of("WAS"), List.of("HAS", "BEEN"));
        assertThat(weapon.where()).isEqualTo("test.verbs:4");
    }

    @Test
    void blocksShareTheirPatternsAndSynsetsMayBeDefinedAfterUse() {
        VerbDictionaryReader.Read r = read();
        assertThat(entry(r, "STRIKE").patterns()).isSameAs(entry(r, "ATTACK").patterns());
        assertThat(entry(r, "ATTACK").patterns()).hasSize(6);
        assertThat(entry(r, "REST").patterns()).extracting(VerbPattern::line).containsExactly(35, 36, 37);
    }

    @Test
    void unreadableLinesAreProblemsNamingFileLineAndReason() {
        VerbDictionaryReader.Read r = read();
        assertThat(r.problems()).extracting(Problem::where).containsExactly(
                "test.verbs:23", "test.verbs:24", "test.verbs:25", "test.verbs:26", "test.verbs:34", "test.verbs:38");
        assertThat(r.problems().get(0).message()).contains("undefined synset &UNDEFINED");
        assertThat(r.problems().get(1).message()).contains("without a [code]");
        assertThat(r.problems().get(2).message()).contains("without the verb slot *");
        assertThat(r.problems().get(3).message()).contains("more than one verb slot");
        assertThat(r.problems().get(4).message()).contains("'080!' read as '080'");
        assertThat(r.problems().get(5).message()).contains("block 'EMPTY' has no verbs");
        assertThat(r.patterns()).extracting(VerbPattern::line).doesNotContain(23, 24, 25, 26);
    }

    @Test
    void petrarch2PatternsKeepTheirNounAndPrepositionalPhrases() {
        VerbDictionaryReader.Read r = VerbDictionaryReader.read("p2.verbs", List.of(
                "&FOOD", "+RICE", "",
                "---  ADD   [---]  ---",
                "ADD  # OY 14 Mar 2006",
                "- * POLICE (TO {BANNED &FOOD PARTIES}) (OF LIST) $   [1722]   # ADD",
                "- * (TO)                                            [042:043]",
                "- * {POSITIVE RESPONSE}                             [:051]  # GET",
                "- STRONGLY * ATTACK (ON ^)     ^)[111]",
                "- * (WITH {VISIT) }  [042]",
                "~ a (a b ATTACK) SAY = a b 015"));
        VerbPattern added = pattern(r, 6);
        assertThat(added.structured()).isTrue();
        assertThat(added.after()).extracting(PatternToken::text)
                .containsExactly("POLICE", "TO", "BANNED", "&FOOD", "PARTIES", "OF", "LIST", "$");
        assertThat(added.after()).extracting(PatternToken::role).containsExactly(
                PatternToken.Role.HEAD, PatternToken.Role.PREPOSITION, PatternToken.Role.MODIFIER,
                PatternToken.Role.MODIFIER, PatternToken.Role.HEAD, PatternToken.Role.PREPOSITION,
                PatternToken.Role.HEAD, PatternToken.Role.HEAD);
        assertThat(added.after()).extracting(PatternToken::phrase).containsExactly(0, 1, 1, 1, 1, 2, 2, 0);
        assertThat(added.text()).isEqualTo("* POLICE (TO {BANNED &FOOD PARTIES}) (OF LIST) $");
        assertThat(added.synsets()).containsExactly("&FOOD");

        assertThat(pattern(r, 7).text()).isEqualTo("* (TO)");
        VerbCode received = pattern(r, 8).code();
        assertThat(received.isNull()).as("[:051] codes the reverse event").isFalse();
        assertThat(received.reverse()).isEqualTo("051");
        assertThat(received).hasToString(":051");
        assertThat(pattern(r, 8).text()).isEqualTo("* {POSITIVE RESPONSE}");

        assertThat(r.problems()).extracting(Problem::where).containsExactly("p2.verbs:9", "p2.verbs:10", "p2.verbs:11");
        assertThat(r.problems().get(0).message()).contains("')' without its '('");
        assertThat(r.problems().get(1).message()).contains("'{' not closed before ')'");
        assertThat(r.problems().get(2).message()).contains("transformations are not read");
    }

    @Test
    void quotationMarksInPatternsAreDroppedWithAWarning() {
        VerbDictionaryReader.Read r = VerbDictionaryReader.read("quotes.verbs", List.of(
                "--- WARN [130] ---", "WARN", "- * OF_A_\"PAINFUL_AND_STRONG\" RESPONSE [138]"));
        assertThat(r.patterns()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("* OF_A_PAINFUL_AND_STRONG RESPONSE");
            assertThat(p.after()).extracting(PatternToken::adjacent).containsExactly(false, true, true, true, true, false);
        });
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("quotes.verbs:3");
            assertThat(p.message()).contains("quotation marks");
        });
    }

    @Test
    void malformedInputNeverThrows() {
        List<String> junk = List.of("- * X [010]", "+LOOSE MEMBER", "--- B [+++] ---", "VERB {UNCLOSED", "- * {A | } [010]",
                "- * } [010]", "&", "+", "- $X * [010]", "- * Y [", "VERB2 {GOOD_+FORM BAD+}", "& BAD NAME",
                "--- C [010 ---", "VERB3");
        VerbDictionaryReader.Read r = VerbDictionaryReader.read("junk.verbs", junk);
        assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.where()).startsWith("junk.verbs:"));
        assertThat(r.entries()).extracting(e -> e.lemma().toString()).contains("VERB2");
        assertThat(r.entries()).filteredOn(e -> e.lemma().toString().equals("VERB2")).singleElement()
                .satisfies(e -> assertThat(e.block()).as("a header with an unreadable code still starts its block").isEqualTo("B"));
        assertThat(r.entries()).filteredOn(e -> e.lemma().toString().equals("VERB3")).singleElement()
                .satisfies(e -> assertThat(e.block()).isEqualTo("C"));
    }
}
