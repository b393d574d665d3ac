package dev.faultline.places;

import java.util.List;

/**
 * A place name found in a sentence, with every place it may mean.
 *
 * @param tokenBegin first token in the sentence (-1 for a name given alone)
 * @param kind       what the word after it says it is: a division or its surroundings ("Idlib province",
 *                   "Hama countryside"), a settlement ("Abhar city", "Hajin town"), or nothing
 * @param recognised whether the recogniser called it a place, or it follows "in", "near" or "at" (else it
 *                   is a run of capitalised words that some place bears, which may be any word of a
 *                   title-case headline: "Strike", "Report")
 * @param container  the name the text places this one in, or null: "Abhar city (Zanjan)", "Sidakan district of
 *                   Erbil province", "Yenikoy village of Bergama, Izmir"
 */
record PlaceName(String text, int tokenBegin, int tokenEnd, Kind kind, boolean recognised, List<Gazetteer.Match> candidates,
                 PlaceName container) {
    PlaceName {
        candidates = List.copyOf(candidates);
    }

    PlaceName within(PlaceName outer) {
        return new PlaceName(text, tokenBegin, tokenEnd, kind, recognised, candidates, outer);
    }

    /** Whether anything beyond a capital letter says this is a place: the recogniser, a word for its kind, or a place it lies in. */
    boolean attested() {
        return recognised || kind != Kind.NONE || container != null;
    }

    enum Kind { NONE, SETTLEMENT, DIVISION }
}
