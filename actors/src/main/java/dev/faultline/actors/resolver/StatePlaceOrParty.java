package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.RelationCue;

import java.util.Optional;
import java.util.Set;

/**
 * Whether a state's name at a word of the current sentence names the state acting or its territory,
 * from the words around it alone.
 */
final class StatePlaceOrParty {
    /** Parts of speech an apposition starts with: "a key ally", "the country's neighbour", "its ally", "Iran's ally". */
    private static final Set<String> APPOSITION_START = Set.of("DT", "PRP$", "JJ", "JJS");
    /** Links whose noun takes the other side after "of" or "to" ("an ally of X", "a rival to X"), never a place's part. */
    private static final Set<LinkType> SIDE_LINKS = Set.of(LinkType.ALLY, LinkType.HOSTILE, LinkType.PROXY_OF, LinkType.BACKED_BY);
    /** How many words a list of names before this one may take ("an ally to China, Iran and Russia"). */
    private static final int LIST_REACH = 12;

    private final ResolutionContext c;

    StatePlaceOrParty(ResolutionContext c) {
        this.c = c;
    }

    /**
     * Whether a state's name names the state acting rather than its territory: it is followed by its
     * verb ("Russia deployed", "Iran has", "Russia and Iran agreed"), is a verb's object ("accused
     * Israel"), owns something ("Iran's program"), or is what an action is done with, against, by or
     * on ("talks with Iran", "strikes on Syria"). Otherwise it is a place ("in Syria", "northern Iraq").
     */
    boolean acts(int w, int end) {
        Words words = c.words();
        if (partyBetween(w) || recipient(w) || relationSide(w)) return true;
        if (locativeBefore(w) || Grammar.DIRECTIONS.contains(words.loose(w - 1))) return false;
        if (Grammar.PARTICIPANT.contains(words.loose(w - 1))) return true;
        if (w > 0 && words.tokenOf(w - 1).pos().startsWith("VB")) return true;      // "accused Israel", "warned Iran"
        if (words.loose(end).equals("s")) return true;
        int reach = end + 8;
        for (int k = end; k < Math.min(words.size(), reach); k++) {
            String pos = words.tokenOf(k).pos();
            if (pos.startsWith("VB") || pos.equals("MD")) return k == end || !words.tokenOf(k - 1).pos().equals("IN");
            if (pos.equals("IN") && k + 1 < words.size() && Grammar.WHEN.contains(words.loose(k + 1))) {   // "Serbia on Thursday rejected"
                k++;
                continue;
            }
            if (Grammar.WHEN.contains(words.loose(k))) continue;                                       // "Israel today mounted
            if (k == end && pos.equals("TO") && Clauses.verb(words, k + 1)) return true;   // headlines: "Russia to host talks"
            if (k == end && pos.equals(",") && k + 1 < words.size() && APPOSITION_START.contains(words.tokenOf(k + 1).pos())) {
                int close = appositionEnd(k + 1);                                        // "Pakistan, a key U.S. ally, has refused"
                if (close > 0) {
                    reach += close - k;
                    k = close;
                    continue;
                }
            }
            boolean conjunct = pos.startsWith("NNP") || pos.equals("CC") || pos.equals(",") || pos.startsWith("RB");
            if (!conjunct) return false;
        }
        return false;
    }

    /**
     * A name inside "between X and Y" after a noun of a relation ({@link Grammar#RELATION_NOUNS}):
     * "clashes broke out between Qatar and Azerbaijan", "talks between Ankara's allies Qatar and
     * Oman". After any other noun the names are places ("the road between Damascus and Homs").
     */
    private boolean partyBetween(int w) {
        Words words = c.words();
        int k = w - 1;
        while (k >= 0 && w - k <= 8 && !words.loose(k).equals("between")) {
            String pos = words.tokenOf(k).pos();
            if (pos.startsWith("VB") || pos.equals(",") || pos.equals(":") || pos.equals("MD")) return false;
            k--;
        }
        if (k < 0 || !words.loose(k).equals("between")) return false;
        for (int r = k - 1; r >= Math.max(0, k - 8); r--) {
            String word = words.loose(r), pos = words.tokenOf(r).pos();
            if (Grammar.RELATION_NOUNS.contains(word)) return true;
            if (pos.equals(",") || pos.equals(":") || pos.startsWith("NN") && !Grammar.TIME_NOUNS.contains(word)) return false;
        }
        return false;
    }

    /**
     * "aid to Ukraine", "an ultimatum to Damascus", "support from Russia and Iran": after a noun of
     * giving or threatening, "to" names who receives and "from" who gives, not where.
     */
    private boolean recipient(int w) {
        Words words = c.words();
        int p = w - 1;
        if (Grammar.DETERMINERS.contains(words.loose(p))) p--;
        if (words.loose(p).equals("and") || words.loose(p).equals("or")) {      // "support from Russia and Iran": Iran too
            int k = p - 1;
            while (k > 0 && words.tokenOf(k).pos().startsWith("NNP")) k--;
            if (k < p - 1) p = k;
            else return false;
        }
        String preposition = words.loose(p);
        return (preposition.equals("to") || preposition.equals("from")) && Grammar.RECIPIENT_NOUNS.contains(words.loose(p - 1));
    }

    /**
     * A name after a noun of what one side is to another and "of" or "to", alone or in a list: "a close ally
     * of Venezuela", "a staunch ally to China, Iran and Russia", "a rival of Iran". The state is the other
     * side of the relation (the relation cues' ally, hostile, proxy and backer nouns), not a place; nouns of
     * parts and members ("part of Syria", "a unit of") are left to the other rules.
     */
    private boolean relationSide(int w) {
        Words words = c.words();
        int p = w - 1;
        if (Grammar.DETERMINERS.contains(words.loose(p))) p--;
        for (int n = 0; p > 0 && n < LIST_REACH; n++) {                  // back over the list's earlier names
            String word = words.loose(p), pos = words.tokenOf(p).pos();
            if (!(word.equals(",") || word.equals("and") || word.equals("or") || pos.startsWith("NNP") || Grammar.DETERMINERS.contains(word))) break;
            p--;
        }
        if (p < 1 || !(words.loose(p).equals("of") || words.loose(p).equals("to"))) return false;
        for (int start = Math.max(0, p - 3); start < p; start++) {        // "ally", "close ally", "deputy head" end at the preposition
            Optional<PhraseTrie.Match<RelationCue>> noun = c.vocab.relationNouns.longestAt(words.loose, start);
            if (noun.isPresent() && noun.get().end() == p) return SIDE_LINKS.contains(noun.get().first().link());
        }
        return false;
    }

    /** The comma closing an apposition that starts at {@code from}, within a short stretch without a verb; else -1. */
    private int appositionEnd(int from) {
        Words words = c.words();
        for (int k = from; k < Math.min(words.size(), from + 15); k++) {
            String pos = words.tokenOf(k).pos();
            if (pos.equals(",")) return k;
            if (pos.startsWith("VB") || pos.equals("MD") || pos.equals(".")) return -1;
        }
        return -1;
    }

    /** "in Syria", "into the capital", and "south of Damascus", "the outskirts of Aleppo": a place. */
    boolean locativeBefore(int w) {
        Words words = c.words();
        int p = w - 1;
        if (Grammar.DETERMINERS.contains(words.loose(p))) p--;
        if (Grammar.LOCATIVE.contains(words.loose(p))) return true;
        String before = words.loose(p - 1);
        return words.loose(p).equals("of") && (Grammar.DIRECTIONS.contains(before) || Grammar.PLACE_AFTER.contains(before));
    }
}
