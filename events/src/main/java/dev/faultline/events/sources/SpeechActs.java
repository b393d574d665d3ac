package dev.faultline.events.sources;

import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the acts of saying in a sentence and the words that name who says. With a parse, a speech
 * verb's subject (or passive agent: "is reported by our sources"), its hearer ("told Bas News") and a
 * relayed source ("quoted officials", "citing opposition members") come from the dependencies;
 * without one, from the noun phrase next to the verb. "According to X" and unsourced "reports
 * circulating" are read from the words either way.
 */
final class SpeechActs {
    /** Dependents kept in a source's words: its modifiers, possessor, apposition and "of" phrase. */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nmod:poss", "case", "nummod", "appos", "flat",
            "flat:name", "conj", "cc", "advmod", "nmod", "punct", "cc:preconj", "det:predet", "obl:npmod", "nmod:npmod");
    private static final Set<String> LEADING = Set.of("by", "of", "from", "to", "in", "with", "that", "which", "who");
    /** Words of a time phrase that may follow a closing report: "said on Sunday", "reported this week", "said last year". */
    private static final Set<String> WHEN = Set.of("on", "this", "last", "earlier", "week", "weekend", "month", "year", "yesterday",
            "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "been", "be",
            "also", "later", "reportedly", "previously", "then", "recently", "further", "quietly");

    private SpeechActs() {
    }

    static List<SpeechAct> in(Sentence s) {
        List<SpeechAct> acts = new ArrayList<>();
        List<Token> ts = s.tokens();
        for (Token t : ts) {
            String lemma = lemma(t);
            if (t.isVerb() && Speech.VERBS.contains(lemma)) {
                Optional<SpeechAct> act = s.parse().isPresent() ? parsed(s, s.parse().get(), t.index()) : unparsed(s, t.index());
                act.filter(a -> !a.sources().isEmpty()).ifPresent(acts::add);
            } else if (lemma.equals("accord") && t.index() + 1 < ts.size() && word(ts.get(t.index() + 1)).equals("to")) {
                int[] np = phraseAfter(s, t.index() + 2);
                if (np != null) acts.add(new SpeechAct(t.index(), List.of(np), false, 2));
            }
        }
        rumour(s).ifPresent(acts::add);
        acts.sort(Comparator.comparingInt(SpeechAct::rank).thenComparingInt(SpeechAct::verb));
        return acts;
    }

    private static Optional<SpeechAct> parsed(Sentence s, DependencyGraph g, int verb) {
        List<int[]> sources = new ArrayList<>();
        int[] subject = null, agent = null, hearer = null, relayed = null;
        boolean telling = Speech.TELLING.contains(lemma(s, verb));
        if (telling && !g.dependentsOf(verb, "xcomp").isEmpty()) return Optional.empty();   // "told supporters to attack": an order
        for (Dependency d : g.dependentsOf(verb)) {
            String r = d.relation();
            if (r.equals("nsubj")) subject = span(s, g, d.dependent());
            else if (r.equals("obl:agent") || r.equals("obl:by")) agent = span(s, g, d.dependent());
            else if ((r.equals("obj") || r.equals("iobj") || r.equals("obl:to")) && telling) {
                hearer = union(hearer, span(s, g, d.dependent()));      // "told [the media outlet] [Bas News]"
            }
            else if (r.equals("obj") && Speech.RELAYING.contains(lemma(s, verb))) relayed = span(s, g, d.dependent());
        }
        int[] after = afterQuote(s, verb);
        if (after != null) subject = after;
        else if (subject != null && rank(s, verb, false) == 0) {         // ", several outlets reported.": the words before, whatever the parse
            int[] before = phraseBefore(s, verb);
            if (before != null) subject = before;
        }
        if (subject == null && agent == null && relayed == null) return Optional.empty();   // "is said to", "was reported": a hedge
        if (subject != null && document(s, subject)) subject = author(s, g, subject);
        if (hearer != null && named(s, hearer)) sources.add(hearer);     // "told the Daily Ledger", not "told reporters"
        if (subject != null) sources.add(subject);
        if (agent != null) sources.add(agent);
        if (relayed != null) sources.add(relayed);
        return Optional.of(new SpeechAct(verb, sources, Speech.ALLEGING.contains(lemma(s, verb)), rank(s, verb, subject == null && agent == null)));
    }

    private static Optional<SpeechAct> unparsed(Sentence s, int verb) {
        List<Token> ts = s.tokens();
        int[] before = phraseBefore(s, verb);
        boolean inverted = before == null && verb > 0 && (word(ts.get(verb - 1)).equals(",") || isQuote(ts.get(verb - 1)));
        int[] subject = inverted ? phraseAfter(s, verb + 1) : before;
        if (subject == null) return Optional.empty();
        List<int[]> sources = new ArrayList<>();
        if (Speech.TELLING.contains(lemma(s, verb)) && !inverted) {
            int[] hearer = phraseAfter(s, verb + 1);
            if (hearer != null && named(s, hearer)) sources.add(hearer);
        }
        sources.add(subject);
        return Optional.of(new SpeechAct(verb, sources, Speech.ALLEGING.contains(lemma(s, verb)), rank(s, verb, false)));
    }

    /** '"…," said Major General X': the speaker follows a closing quotation, whatever the parse made of it. */
    private static int[] afterQuote(Sentence s, int verb) {
        List<Token> ts = s.tokens();
        int k = verb - 1;
        if (k >= 0 && word(ts.get(k)).equals(",")) k--;
        if (k < 0 || !(isQuote(ts.get(k)) || k + 1 < verb && isQuote(ts.get(k + 1)))) return null;
        if (!isQuote(ts.get(Math.max(0, verb - 1))) && !isQuote(ts.get(Math.max(0, verb - 2)))) return null;
        int[] np = phraseAfter(s, verb + 1);
        return np != null && ts.get(np[0]).pos().startsWith("NN") || np != null && ts.get(np[0]).pos().equals("DT") ? np : null;
    }

    /** A hearer who relays what was told is named ("CNN", "the Daily Ledger"); "reporters" and "us" relay nothing. */
    private static boolean named(Sentence s, int[] span) {
        for (int t = span[0]; t < span[1]; t++) if (s.tokens().get(t).pos().startsWith("NNP")) return true;
        return false;
    }

    private static int[] union(int[] a, int[] b) {
        return a == null ? b : new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** "Reports have also been circulating that": an unsourced report, at the report noun. */
    private static Optional<SpeechAct> rumour(Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!Speech.RUMOUR_NOUNS.contains(word(ts.get(i))) || !ts.get(i).isNoun()) continue;
            for (int k = i + 1; k < Math.min(ts.size(), i + 5); k++) {
                if (ts.get(k).isVerb() && Speech.RUMOUR_VERBS.contains(lemma(ts.get(k)))) {
                    int from = i;
                    while (from > 0 && (ts.get(from - 1).pos().startsWith("JJ") || ts.get(from - 1).pos().equals("DT"))) from--;
                    return Optional.of(new SpeechAct(k, List.<int[]>of(new int[] {from, i + 1}), false, 1));
                }
                if (!AUXILIARIES.contains(word(ts.get(k))) && !ts.get(k).pos().startsWith("RB")) break;
            }
        }
        return Optional.empty();
    }

    /**
     * 0 for a report that closes the sentence (", the Jerusalem Post reported, echoing..."), which frames
     * all the others; 3 for a participle that relays a source ("citing members of opposition groups,
     * Ahram reported"); 1 otherwise.
     */
    private static int rank(Sentence s, int verb, boolean noSubject) {
        List<Token> ts = s.tokens();
        if (noSubject || ts.get(verb).pos().equals("VBG")) return 3;
        int k = verb + 1;
        while (k < ts.size() && (ts.get(k).pos().startsWith("RB") || WHEN.contains(word(ts.get(k))))) k++;   // "reported this week."
        boolean closes = k >= ts.size() || word(ts.get(k)).matches("[.,;:!?]") && closingTail(ts, k);
        int comma = verb - 1;
        while (comma > 0 && !word(ts.get(comma)).equals(",") && !isQuote(ts.get(comma))) comma--;
        return closes && comma > 0 ? 0 : 1;
    }

    /** After the verb only a participle's phrase or the sentence's end: ", echoing other outlets." */
    private static boolean closingTail(List<Token> ts, int k) {
        if (word(ts.get(k)).matches("[.!?]") || k + 1 >= ts.size()) return true;
        return ts.get(k + 1).pos().equals("VBG") || word(ts.get(k + 1)).equals("adding") || word(ts.get(k + 1)).equals("later");
    }

    /** A speaking document ("a statement by the committee") speaks for its author, when the parse names one. */
    private static boolean document(Sentence s, int[] span) {
        for (int t = span[0]; t < span[1]; t++) if (Speech.DOCUMENTS.contains(word(s.tokens().get(t))) && s.tokens().get(t).isNoun()) return true;
        return false;
    }

    private static int[] author(Sentence s, DependencyGraph g, int[] span) {
        for (int t = span[0]; t < span[1]; t++) {
            if (!Speech.DOCUMENTS.contains(word(s.tokens().get(t)))) continue;
            for (Dependency d : g.dependentsOf(t)) {
                if (d.relation().equals("nmod:by") || d.relation().equals("nmod:from") || d.relation().equals("nmod:of")
                        || d.relation().equals("nmod:poss")) {
                    return span(s, g, d.dependent());
                }
            }
        }
        return span;
    }

    /** The words of a phrase headed at {@code head}: its subtree through {@link #PHRASE} relations, trimmed of edge punctuation. */
    static int[] span(Sentence s, DependencyGraph g, int head) {
        int[] b = {head, head};
        grow(g, head, b, 0);
        int from = b[0], to = b[1];
        for (int k = head - 1; k >= from; k--) {                   // a phrase does not reach back past a comma before its head
            if (s.tokens().get(k).word().equals(",")) {
                from = k + 1;
                break;
            }
        }
        while (from < to && (trim(s.tokens().get(from)) || LEADING.contains(word(s.tokens().get(from))))) from++;
        while (to > from && trim(s.tokens().get(to))) to--;
        return new int[] {from, to + 1};
    }

    private static void grow(DependencyGraph g, int token, int[] b, int depth) {
        if (depth > 6) return;
        for (Dependency d : g.dependentsOf(token)) {
            String r = d.relation();
            String base = r.contains(":") && !PHRASE.contains(r) ? r.substring(0, r.indexOf(':')) : r;
            boolean name = r.equals("dep") && g.governorsOf(d.dependent()).size() == 1 && token < d.dependent() && depth == 0;   // "the outlet Bas News"
            if (!PHRASE.contains(r) && !PHRASE.contains(base) && !name) continue;
            if (base.equals("nmod") && !r.equals("nmod") && !r.equals("nmod:poss") && !r.equals("nmod:of") && !r.equals("nmod:in")) continue;
            b[0] = Math.min(b[0], d.dependent());
            b[1] = Math.max(b[1], d.dependent());
            grow(g, d.dependent(), b, depth + 1);
        }
    }

    private static boolean trim(Token t) {
        String p = t.pos();
        return p.equals(",") || p.equals(":") || p.equals(".") || p.equals("``") || p.equals("''") || p.equals("-LRB-")
                || p.equals("-RRB-") || isQuote(t) || p.equals("CC") || t.word().equals("—");
    }

    /** The noun phrase ending right before {@code verb}, past auxiliaries and adverbs ("Ahram has also reported"). */
    static int[] phraseBefore(Sentence s, int verb) {
        List<Token> ts = s.tokens();
        int end = verb - 1;
        while (end >= 0 && (AUXILIARIES.contains(word(ts.get(end))) || ts.get(end).pos().equals("MD") || ts.get(end).pos().startsWith("RB"))) end--;
        int from = end;
        while (from >= 0 && nominal(ts.get(from))) from--;
        return from == end ? null : new int[] {from + 1, end + 1};
    }

    /** The noun phrase starting at {@code from}, through "of" phrases, up to a clause break. */
    static int[] phraseAfter(Sentence s, int from) {
        List<Token> ts = s.tokens();
        int k = from;
        while (k < ts.size() && (nominal(ts.get(k)) || joinsName(ts, k) && k > from)) k++;
        while (k > from && JOINS.contains(word(ts.get(k - 1)))) k--;
        return k == from ? null : new int[] {from, k};
    }

    private static final Set<String> JOINS = Set.of("of", "for", "and");

    /** "of" in any phrase; "for" and "and" inside a name: "the Syrian Observatory for Human Rights". */
    private static boolean joinsName(List<Token> ts, int k) {
        String w = word(ts.get(k));
        if (w.equals("of")) return true;
        return JOINS.contains(w) && k > 0 && ts.get(k - 1).pos().startsWith("NNP") && k + 1 < ts.size() && ts.get(k + 1).pos().startsWith("NNP");
    }

    private static boolean nominal(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP$")
                || p.equals("PRP") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean isQuote(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``") || t.pos().equals("''") || t.pos().equals("``");
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Sentence s, int t) {
        return lemma(s.tokens().get(t));
    }

    private static String word(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
