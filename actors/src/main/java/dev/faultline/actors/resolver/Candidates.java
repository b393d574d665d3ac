package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;

/**
 * Which names the entity recogniser found may become candidate actors. A candidate is never made
 * from a common word: it needs a capitalised word that is not a pronoun, determiner, weekday, page
 * debris word, title or generic organ; a lone word must be tagged a proper noun and not be written
 * in lower case elsewhere in the report; and a lone word in capitals is read as shouting, not a name.
 */
final class Candidates {
    private Candidates() {
    }

    /**
     * @param lowercase the words the document also uses in lower case: a lone capitalised word that
     *                  the same report writes in lower case elsewhere is a common word ("Turtle", "Journal")
     */
    static boolean acceptable(Words words, int from, int to, KnowledgeBase kb, java.util.Set<String> lowercase) {
        boolean named = false;
        for (int w = from; w < to; w++) {
            String exact = words.exact(w);
            String loose = words.loose(w);
            if (exact.isEmpty() || !Character.isLetter(exact.charAt(0))) continue;
            if (Character.isUpperCase(exact.charAt(0)) && !Grammar.NEVER_ACTORS.contains(loose)) named = true;
        }
        if (!named) return false;
        if (to - from == 1) {
            String exact = words.exact(from);
            String loose = words.loose(from);
            if (exact.length() < 2) return false;
            if (exact.length() > 5 && exact.equals(exact.toUpperCase(java.util.Locale.ROOT))) return false;
            if (kb.title(loose).isPresent() || kb.organ(loose).isPresent()) return false;
            if (!words.tokenOf(from).pos().startsWith("NNP")) return false;   // "Democratic" as an adjective
            if (lowercase.contains(loose)) return false;
        }
        return true;
    }
}
