package dev.faultline.actors.match;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTrieTest {
    static final PhraseTrie<String> TRIE = PhraseTrie.<String>builder(w -> w.toLowerCase(Locale.ROOT))
            .add(List.of("Quds", "Force"), "quds-force")
            .add(List.of("Quds"), "quds-force")
            .add(List.of("Islamic", "Revolutionary", "Guard", "Corps"), "irgc")
            .add(List.of("Revolutionary", "Guard"), "irgc")
            .add(List.of("Hezbollah"), "hezbollah")
            .add(List.of("Hezbollah"), "hezbollah-alt")
            .build();

    @Test
    void findsLongestNonOverlappingMatchesLeftToRight() {
        List<String> tokens = List.of("the", "IRGC", "'s", "Quds", "Force", "and", "Revolutionary", "Guard", "troops");
        var found = TRIE.findAll(tokens);
        assertThat(found).extracting(PhraseTrie.Match::first).containsExactly("quds-force", "irgc");
        assertThat(found.get(0).start()).isEqualTo(3);
        assertThat(found.get(0).end()).isEqualTo(5);
    }

    @Test
    void keepsEveryValueOfAnAmbiguousPhraseInOrder() {
        var m = TRIE.longestAt(List.of("HEZBOLLAH"), 0).orElseThrow();
        assertThat(m.values()).containsExactly("hezbollah", "hezbollah-alt");
    }

    @Test
    void aPrefixOfAPhraseIsNoMatch() {
        assertThat(TRIE.longestAt(List.of("Islamic", "Revolutionary", "Guard"), 0)).isEmpty();
        assertThat(TRIE.size()).isEqualTo(5);
    }
}
