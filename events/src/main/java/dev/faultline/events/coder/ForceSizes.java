package dev.faultline.events.coder;

import dev.faultline.domain.event.ForceSize;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.QuantityValue;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.lexicon.CommonWords;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The forces and casualties a sentence counts: "killing at least 10 people", "three soldiers were
 * wounded", "a taxi driver was shot and killed", "about 5,000 troops". A count belongs to the nearest
 * casualty word on either side within a few words, with no other count or clause break between
 * them; a count before a force noun ("5,000 troops") is personnel unless a casualty word claims it.
 * Works on the words alone, so unparsed sentences are counted too.
 */
final class ForceSizes {
    /** Words and lemmas that make a nearby count the dead: "killing at least 10", "the death toll". */
    private static final Set<String> KILLED = CoderWords.of("killed-words");
    /** Words and lemmas that make a nearby count the wounded. */
    private static final Set<String> INJURED = CoderWords.of("injured-words");
    private static final Set<String> FORCES = CommonWords.FORCE_NOUNS;
    private static final Set<String> ONE = Set.of("a", "an", "one");
    private static final Set<String> THE = Set.of("the", "his", "her", "their");
    /** Nouns for an unstated many: "a number of", "a group of", "a dozen". */
    private static final Set<String> MANY = CoderWords.of("many-nouns");
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she");
    /** Singular nouns for one person: "a civilian", "the scholar"; "an airstrike that killed 20" counts no one. */
    private static final Set<String> PEOPLE = CoderWords.of("person-nouns");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "and", "while", "but", "after", "before", "as", "(", ")");
    private static final int REACH = 4;

    private ForceSizes() {
    }

    /** The sentence's counts, or empty when it gives none. */
    static Optional<ForceSize> of(AnnotatedDocument doc, Sentence s) {
        List<Token> ts = s.tokens();
        Long killed = null, injured = null, personnel = null;
        int from = Integer.MAX_VALUE, to = -1;
        List<Count> all = joined(ts, counts(doc, s));
        boolean[] strongKill = {false};
        for (Count c : all) if (!c.weak && claim(ts, c) == Kind.KILLED) strongKill[0] = true;
        for (Count c : all) {
            Kind k = claim(ts, c);
            if (k == null) continue;
            if (k == Kind.KILLED && c.weak && strongKill[0]) continue;
            if (k == Kind.KILLED && killed == null) killed = c.value;
            else if (k == Kind.INJURED && injured == null) injured = c.value;
            else if (k == Kind.PERSONNEL && personnel == null) personnel = c.value;
            else continue;
            from = Math.min(from, c.begin);
            to = Math.max(to, c.end);
        }
        if (killed == null && injured == null && personnel == null) return Optional.empty();
        int b = ts.get(from).begin(), e = ts.get(Math.min(ts.size() - 1, to + 2)).end();
        return Optional.of(new ForceSize(personnel, killed, injured, doc.text(b, e)));
    }

    private enum Kind { KILLED, INJURED, PERSONNEL }

    /**
     * Counts joined by "and" before one casualty word are one figure: "six soldiers and three militants
     * were killed" is nine killed. The joined count spans both.
     */
    private static List<Count> joined(List<Token> ts, List<Count> counts) {
        List<Count> out = new java.util.ArrayList<>(counts);
        for (int i = out.size() - 2; i >= 0; i--) {
            Count a = out.get(i), b = out.get(i + 1);
            if (a.weak || b.begin - a.end > 6) continue;
            boolean and = false, clean = true;
            for (int t = a.end + 1; t < b.begin; t++) {
                String w = lower(ts.get(t));
                if (w.equals("and")) and = true;
                else if (!ts.get(t).pos().startsWith("NN") && !ts.get(t).pos().startsWith("JJ")) clean = false;
            }
            if (!and || !clean) continue;
            Kind ka = claim(ts, a), kb = claim(ts, b);
            boolean casualtyAfter = (kb == Kind.KILLED || kb == Kind.INJURED) && (ka == null || ka == Kind.PERSONNEL);
            boolean casualtyBefore = (ka == Kind.KILLED || ka == Kind.INJURED) && (kb == null || kb == Kind.PERSONNEL);   // "killed eight men and one woman"
            if (!casualtyAfter && !casualtyBefore || b.weak && !casualtyBefore) continue;
            out.set(i, new Count(a.begin, b.end, a.value + b.value, false));
            out.remove(i + 1);
        }
        return out;
    }

    /**
     * A count in the sentence: tokens {@code [begin, end]} and its whole value; {@code weak} for "a" or
     * "an" before a noun that may not be a person ("an airstrike that killed 20"), which a number outranks.
     */
    private record Count(int begin, int end, long value, boolean weak) {}

    private static List<Count> counts(AnnotatedDocument doc, Sentence s) {
        java.util.ArrayList<Count> out = new java.util.ArrayList<>();
        boolean[] numeric = new boolean[s.tokens().size()];
        for (Mention m : doc.mentionsIn(s.index())) {
            if (m.type() != dev.faultline.domain.text.EntityType.NUMBER) continue;
            Optional<QuantityValue> q = m.quantity();
            if (q.isEmpty() || q.get().value().signum() < 0 || q.get().value().stripTrailingZeros().scale() > 0) continue;
            if (q.get().value().compareTo(BigDecimal.valueOf(10_000_000)) > 0) continue;
            for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) numeric[t] = true;
            if (looksLikeAYear(s, m, q.get()) || isIdentifier(s, m) || isAge(s, m)) continue;
            out.add(new Count(m.tokenBegin(), m.tokenEnd() - 1, q.get().value().longValueExact(), false));
        }
        List<Token> ts = s.tokens();
        for (int t = 0; t + 1 < ts.size(); t++) {                    // "a taxi driver was killed", "killed a civilian": one
            String w = lower(ts.get(t));
            if (numeric[t]) continue;
            if (SINGULAR_PRONOUNS.contains(w) && followedByCasualty(ts, t)) {   // "He was killed", "she died"
                out.add(new Count(t, t, 1, false));
                continue;
            }
            boolean one = ONE.contains(w), the = THE.contains(w);
            if (!one && !the) continue;
            int noun = t;                                            // the head: the last word of the noun phrase after the article
            while (noun + 1 < ts.size() && isNominal(ts.get(noun + 1).pos())) noun++;
            if (noun == t || !ts.get(noun).pos().equals("NN") && !ts.get(noun).pos().equals("JJ")) continue;   // singular only
            if (MANY.contains(ts.get(noun).lemma().toLowerCase(Locale.ROOT))) continue;   // "a number of fighters" is not one
            boolean person = PEOPLE.contains(ts.get(noun).lemma().toLowerCase(Locale.ROOT));
            boolean killedBefore = t > 0 && casualty(lower(ts.get(t - 1)), ts.get(t - 1).lemma().toLowerCase(Locale.ROOT)) == Kind.KILLED;
            if (the && (!person || !followedByCasualty(ts, noun) && !killedBefore)) continue;   // "the commander was killed", "killed the ruler"
            out.add(new Count(t, noun, 1, !person));
        }
        out.sort(java.util.Comparator.comparingInt(Count::begin));
        return out;
    }

    /** A casualty word within a few words after {@code t}, with no clause break between ("he was shot and killed"). */
    private static boolean followedByCasualty(List<Token> ts, int t) {
        for (int k = t + 1; k < Math.min(ts.size(), t + 1 + REACH); k++) {
            if (casualty(lower(ts.get(k)), ts.get(k).lemma().toLowerCase(Locale.ROOT)) == Kind.KILLED) return true;
            String w = lower(ts.get(k));
            if (w.equals(",") || w.equals(";") || isCount(ts.get(k))) return false;
        }
        return false;
    }

    /** "battalion 101", "Route 38": a number right after a singular common noun names it, it counts nothing. */
    private static boolean isIdentifier(Sentence s, Mention m) {
        return m.tokenBegin() > 0 && s.tokens().get(m.tokenBegin() - 1).pos().equals("NN")
                && casualty(lower(s.tokens().get(m.tokenBegin() - 1)), s.tokens().get(m.tokenBegin() - 1).lemma().toLowerCase(Locale.ROOT)) == null;
    }

    /** "an 80-year-old civilian", "a 15 year old herder": an age, not a count. */
    private static boolean isAge(Sentence s, Mention m) {
        List<Token> ts = s.tokens();
        StringBuilder after = new StringBuilder(lower(ts.get(m.tokenEnd() - 1)).replaceAll("^[0-9.,]+", ""));
        for (int k = m.tokenEnd(); k < Math.min(ts.size(), m.tokenEnd() + 4); k++) after.append(lower(ts.get(k)));
        return AGE.matcher(after).lookingAt();
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("-?(year|yr|month)s?-?old");

    private static boolean looksLikeAYear(Sentence s, Mention m, QuantityValue q) {
        long v = q.value().longValue();
        return m.tokenEnd() - m.tokenBegin() == 1 && v >= 1900 && v <= 2100 && !s.tokens().get(m.tokenBegin()).word().contains(",");
    }

    /** What a count counts: the casualty word nearest it on either side, else a force noun right after it. */
    private static Kind claim(List<Token> ts, Count c) {
        Kind best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int t = c.end + 1; t < Math.min(ts.size(), c.end + 1 + REACH); t++) {        // "10 people were killed"
            String w = lower(ts.get(t)), l = ts.get(t).lemma().toLowerCase(Locale.ROOT);
            Kind k = casualty(w, l);
            if (k != null) {
                best = k;
                bestDistance = t - c.end;
                break;
            }
            boolean andAfterVerb = w.equals("and") && ts.get(t - 1).pos().startsWith("VB");   // "was shot and killed"
            if (BREAKS.contains(w) && !andAfterVerb || isCount(ts.get(t))) break;
        }
        for (int t = c.begin - 1; t >= Math.max(0, c.begin - REACH); t--) {                 // "killing at least 10"
            String w = lower(ts.get(t)), l = ts.get(t).lemma().toLowerCase(Locale.ROOT);
            Kind k = casualty(w, l);
            if (k != null) {
                // "3 dead" puts the word after its count; "shot dead a man" and "left wounded two" put it after a verb
                boolean afterVerb = t > 0 && ts.get(t - 1).pos().startsWith("VB");
                boolean trailing = w.equals("dead") || w.equals("injured") || w.equals("wounded");
                if (c.begin - t < bestDistance && (!trailing || afterVerb)) best = k;
                break;
            }
            boolean asAfterVerb = w.equals("as") && t > 0 && ts.get(t - 1).pos().startsWith("VB");   // "fatalities coded as 3"
            if (BREAKS.contains(w) && !asAfterVerb || isCount(ts.get(t))) break;
        }
        if (best != null) return best;
        if (c.value > 1 && c.end + 1 < ts.size() && FORCES.contains(lower(ts.get(c.end + 1)))) return Kind.PERSONNEL;
        for (int k = c.end + 1; c.value > 1 && k < Math.min(ts.size(), c.end + 4); k++) {      // "5,000 Iranian troops", "5,000 Hizballah troops"
            if (FORCES.contains(lower(ts.get(k)))) return Kind.PERSONNEL;
            String pos = ts.get(k).pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("HYPH"))) break;
        }
        return null;
    }

    private static Kind casualty(String word, String lemma) {
        if (KILLED.contains(word) || KILLED.contains(lemma)) return Kind.KILLED;
        if (INJURED.contains(word) || INJURED.contains(lemma)) return Kind.INJURED;
        return null;
    }

    private static boolean isNominal(String pos) {
        return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("NN") || pos.equals("NNS") || pos.equals("HYPH")
                || pos.equals("CD");                                // "an 80-year-old civilian"
    }

    private static boolean isCount(Token t) {
        return t.pos().equals("CD");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
