package dev.faultline.actors.tabari.verbs;

import java.util.List;

/**
 * The regular English forms PETRARCH generates: a verb's third person, past and present participle,
 * and a noun's plural. PETRARCH adds S / ED (D after E) / ING (dropping a final E); this spells the
 * common cases better (CARRY → CARRIES, CARRIED; PUSH → PUSHES; AGREE → AGREEING), and leaves irregular
 * verbs and consonant doubling to the dictionary's {@code {...}} lists, as PETRARCH does.
 */
final class EnglishForms {
    private EnglishForms() {}

    /** The -S, -ED and -ING forms of a regular verb, in that order. */
    static List<String> regularVerb(String root) {
        String r = root;
        if (endsWithConsonantY(r)) {
            String stem = r.substring(0, r.length() - 1);
            return List.of(stem + "IES", stem + "IED", r + "ING");
        }
        String s = sibilant(r) ? r + "ES" : r + "S";
        if (r.endsWith("E")) {
            boolean keepE = r.endsWith("EE") || r.endsWith("YE") || r.endsWith("OE") || r.length() <= 2;
            return List.of(s, r + "D", (keepE ? r : r.substring(0, r.length() - 1)) + "ING");
        }
        return List.of(s, r + "ED", r + "ING");
    }

    /**
     * The regular plural of a noun: ALLY → ALLIES, PRESS → PRESSES, DOLLAR → DOLLARS; null for a word
     * that already looks plural (ends in S but not SS or US: DRONES, FRANCS), where PETRARCH would make
     * a non-word that never matches.
     */
    static String plural(String noun) {
        if (endsWithConsonantY(noun)) return noun.substring(0, noun.length() - 1) + "IES";
        if (noun.endsWith("S") && !noun.endsWith("SS") && !noun.endsWith("US")) return null;
        return sibilant(noun) ? noun + "ES" : noun + "S";
    }

    private static boolean sibilant(String w) {
        return w.endsWith("S") || w.endsWith("X") || w.endsWith("Z") || w.endsWith("CH") || w.endsWith("SH");
    }

    private static boolean endsWithConsonantY(String w) {
        return w.length() > 1 && w.endsWith("Y") && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
