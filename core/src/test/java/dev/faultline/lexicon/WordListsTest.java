package dev.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListsTest {
    private static WordList parse(String where, String text) throws IOException {
        return WordLists.parse(where, new StringReader(text));
    }

    @Test
    void readsHeaderEntriesTagsAndComments() throws IOException {
        WordList l = parse("x/places.txt", """
                # list: places
                # version: 3
                # source: team-written
                # tags: where whither
                in        where   # trailing comment
                into\twhither
                on and off  where whither
                """);
        assertThat(l.version()).isEqualTo(3);
        assertThat(l.source()).isEqualTo("team-written");
        assertThat(l.words()).containsExactlyInAnyOrder("in", "into", "on and off");
        assertThat(l.tagged("whither")).containsExactlyInAnyOrder("into", "on and off");
        assertThat(l.fingerprint()).isEqualTo("places v3");
    }

    @Test
    void refusesBrokenFilesNamingFileAndLine() {
        String head = "# list: l\n# version: 1\n# source: s\n";
        assertThatThrownBy(() -> parse("a/l.txt", head + "in\nIn\n")).hasMessageContaining("a/l.txt, line 5").hasMessageContaining("lower case");
        assertThatThrownBy(() -> parse("a/l.txt", head + "in\nin\n")).hasMessageContaining("line 5").hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("a/l.txt", "# list: l\n# source: s\nin\n")).hasMessageContaining("version");
        assertThatThrownBy(() -> parse("a/other.txt", head + "in\n")).hasMessageContaining("names it 'l'");
        assertThatThrownBy(() -> parse("a/l.txt", head + "# tags: where\nin  there\n")).hasMessageContaining("'there'");
        assertThatThrownBy(() -> parse("a/l.txt", head)).hasMessageContaining("no entries");
    }

    @Test
    void numbersMustBeWholeNumbers() throws IOException {
        WordList l = parse("l.txt", "# list: l\n# version: 1\n# source: s\nmay  five\n");
        assertThatThrownBy(l::numbers).hasMessageContaining("'may'").hasMessageContaining("five");
    }

    @Test
    void theCommonListsLoadAndHoldWhatTheirReadersNeed() {
        assertThat(CommonWords.MONTHS).containsEntry("sept", 9).containsEntry("may", 5).hasSize(24);
        assertThat(CommonWords.WEEKDAYS).containsEntry("monday", 1).hasSize(7);
        assertThat(CommonWords.LOCATIVES.tagged("where")).contains("in", "near", "outside").doesNotContain("on", "of", "to");
        assertThat(CommonWords.FORCE_NOUNS).contains("troops", "rebels", "combatants");
    }
}
