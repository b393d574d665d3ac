package dev.faultline.events.coder;

import dev.faultline.lexicon.WordList;
import dev.faultline.lexicon.WordLists;

import java.util.Set;

/** The coder's own word lists, in {@code dev/faultline/events/lexicon/}, read by the one lexicon loader. */
final class CoderWords {
    private static final String DIRECTORY = "dev/faultline/events/lexicon/";

    private CoderWords() {
    }

    /** The entries of the list of that name; a missing or broken file fails naming itself. */
    static Set<String> of(String name) {
        WordList list = WordLists.load(DIRECTORY + name + ".txt");
        return list.words();
    }
}
