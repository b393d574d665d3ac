package dev.faultline.actors.resolver;

/**
 * Guesses, from part-of-speech tags alone (no parse), at where a clause begins and whether a stretch
 * of words is its subject. Coreference needs only these two facts: a pronoun that is a subject
 * usually continues the previous subject, and a pronoun or nominal is not the same person as the
 * subject of its own clause ("Putin told him", "he disparaged the general's tactics").
 */
final class Clauses {
    private Clauses() {
    }

    /** The first word of the clause holding word {@code w}: after the nearest subordinator, relative word, quote, semicolon or colon. */
    static int clauseStart(Words ws, int w) {
        for (int k = w - 1; k >= 0; k--) if (Grammar.CLAUSE_BOUNDARIES.contains(ws.loose(k))) return k + 1;
        return 0;
    }

    /** As {@link #clauseStart}, a comma also ending a phrase ("After long service to Iran, Nasrallah..."). */
    static int phraseStart(Words ws, int w) {
        for (int k = w - 1; k >= 0; k--) {
            if (Grammar.CLAUSE_BOUNDARIES.contains(ws.loose(k)) || ws.loose(k).equals(",")) return k + 1;
        }
        return 0;
    }

    /**
     * Whether words [from, to) read as a subject: followed by a verb (adverbs between) and not the
     * object of a preposition ("Nasrallah has ignored", "the force he sent", but not "ties with
     * Soleimani are"), or opening their phrase with no verb or preposition before them and a verb
     * after ("Hizballah's Hassan Nasrallah's close ties ... are").
     */
    static boolean subject(Words ws, int from, int to) {
        int k = to;
        while (k < ws.size() && pos(ws, k).startsWith("RB")) k++;
        if (k < ws.size() && verb(ws, k)) {
            int p = from - 1;
            while (p >= 0 && Grammar.NOUN_PHRASE_TAGS.contains(pos(ws, p))) p--;
            return p < 0 || !preposition(ws, p);
        }
        for (int q = phraseStart(ws, from); q < from; q++) if (verb(ws, q) || preposition(ws, q)) return false;
        for (int q = to; q < ws.size(); q++) if (verb(ws, q)) return true;
        return false;
    }

    static boolean verb(Words ws, int w) {
        String p = pos(ws, w);
        return p.startsWith("VB") || p.equals("MD");
    }

    /** A preposition proper: "after", "since" and the like open clauses instead. */
    static boolean preposition(Words ws, int w) {
        String p = pos(ws, w);
        return (p.equals("IN") || p.equals("TO")) && !Grammar.CLAUSE_BOUNDARIES.contains(ws.loose(w));
    }

    private static String pos(Words ws, int w) {
        return w < 0 || w >= ws.size() ? "" : ws.tokenOf(w).pos();
    }
}
