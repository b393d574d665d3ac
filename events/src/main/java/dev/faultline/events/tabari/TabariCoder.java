package dev.faultline.events.tabari;

import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.actors.tabari.verbs.VerbCode;
import dev.faultline.actors.tabari.verbs.VerbDictionary;
import dev.faultline.actors.tabari.verbs.VerbEntry;
import dev.faultline.actors.tabari.verbs.VerbForm;
import dev.faultline.actors.tabari.verbs.VerbPattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Codes a parsed sentence with TABARI / PETRARCH dictionaries, the way PETRARCH 1 does: each verb
 * phrase whose verb is in the verb dictionary is an event candidate; the longest of the verb's patterns
 * that matches gives the code (else the verb's own); the source is what the pattern's {@code $} took,
 * else the subject of the clause (or of the clauses above it); the target what {@code +} took, else the
 * first actor after the verb in its phrase. A compound source or target codes one event per actor; a
 * compound subject with no target codes the events among its members; a symmetric code {@code [A:B]}
 * adds the event back. Sentences with a discard phrase code nothing.
 *
 * <p>Immutable and thread-safe: the dictionaries are read-only once loaded.
 */
public final class TabariCoder {
    private final TabariDictionary actors;
    private final VerbDictionary verbs;
    private final Discards discards;

    public TabariCoder(TabariDictionary actors, VerbDictionary verbs, Discards discards) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    public List<TabariEvent> code(ParseNode tree, TabariOptions options) {
        SentenceView view = new SentenceView(tree);
        if (discards.matches(view.words)) return List.of();
        List<ActorPhrase> phrases = new ActorPhrases(actors, options.date(), view).all();
        List<int[]> nounPhrases = new ArrayList<>();
        for (ParseNode n : view.phrases()) if (n.is("NP")) nounPhrases.add(new int[] {view.start(n), view.end(n)});
        PatternMatcher matcher = new PatternMatcher(verbs, view, phrases, nounPhrases);
        List<TabariEvent> out = new ArrayList<>();
        for (ParseNode vp : view.phrases()) {
            if (!vp.is("VP")) continue;
            codeVerbPhrase(vp, view, phrases, matcher, options, out);
        }
        return dedupe(out);
    }

    private void codeVerbPhrase(ParseNode vp, SentenceView view, List<ActorPhrase> phrases, PatternMatcher matcher,
                                TabariOptions options, List<TabariEvent> out) {
        ParseNode verb = vp.children().stream().filter(c -> c.isWord() && c.label().startsWith("VB")).findFirst().orElse(null);
        if (verb == null) return;
        boolean auxiliary = vp.children().stream().anyMatch(c -> c.is("VP"));
        if (auxiliary) return;
        int at = view.start(verb);
        Found found = findVerb(view, at);
        if (found == null) return;
        int limit = view.end(vp);
        PatternMatch best = null;
        for (VerbPattern p : found.entry.patterns()) {
            Optional<PatternMatch> m = matcher.match(p, found.start, found.end, limit);
            if (m.isPresent() && (best == null || m.get().weight() > best.weight())) best = m.get();
        }
        VerbCode code = best != null ? best.pattern().code() : found.entry.code();
        if (code.isNull()) return;
        String patternText = best != null ? best.pattern().text() : "*";
        String verbText = String.join(" ", view.words.subList(found.start, found.end));

        List<String> sources;
        List<String> targets;
        if (best != null && best.compound() != null) {
            List<String> members = best.compound().codes();
            boolean afterVerb = best.compound().start() >= found.end;
            if (best.source() == null && best.target() == null && !afterVerb) {
                among(members, code, verbText, patternText, out, options);
                return;
            }
            ActorPhrase subject = best.source() == null && afterVerb ? subject(vp, view, phrases) : null;
            sources = best.source() != null ? best.source().codes() : subject != null ? subject.codes() : members;
            targets = best.target() != null ? best.target().codes() : members;
        } else {
            ActorPhrase subject = subject(vp, view, phrases);
            ActorPhrase agent = passive(vp, verb, view, phrases) ? byAgent(vp, view, phrases) : null;
            ActorPhrase source = best != null && best.source() != null ? best.source() : agent != null ? agent : subject;
            ActorPhrase target = best != null && best.target() != null ? best.target()
                    : agent != null && subject != null ? subject : firstAfter(phrases, found.end, limit, source);
            sources = source == null ? List.of(TabariEvent.NONE) : source.codes();
            targets = target == null ? List.of(TabariEvent.NONE) : target.codes();
        }
        for (String s : sources) {
            for (String t : targets) emit(s, t, code, verbText, patternText, out, options);
        }
    }

    private void among(List<String> members, VerbCode code, String verb, String pattern, List<TabariEvent> out,
                       TabariOptions options) {
        for (String a : members) {
            for (String b : members) {
                if (!a.equals(b) && !code.code().equals(TabariEvent.NONE)) out.add(new TabariEvent(a, b, code.code(), verb, pattern));
            }
        }
    }

    private static void emit(String s, String t, VerbCode code, String verb, String pattern, List<TabariEvent> out,
                             TabariOptions options) {
        if (s.equals(t) && !s.equals(TabariEvent.NONE)) return;
        List<TabariEvent> made = new ArrayList<>();
        if (!code.code().equals(TabariEvent.NONE)) made.add(new TabariEvent(s, t, code.code(), verb, pattern));
        if (code.reverse() != null && !code.reverse().equals(TabariEvent.NONE)) {
            made.add(new TabariEvent(t, s, code.reverse(), verb, pattern));
        }
        for (TabariEvent e : made) if (!options.requireDyad() || e.isDyadic()) out.add(e);
    }

    private record Found(VerbEntry entry, int start, int end) {}

    /** The dictionary verb whose verb word is at {@code at}: multi-word forms first, their words adjacent. */
    private Found findVerb(SentenceView view, int at) {
        for (VerbDictionary.Candidate c : verbs.candidates(view.words.get(at))) {
            VerbForm f = c.form();
            int start = at - f.verbIndex();
            int end = start + f.words().size();
            if (start < 0 || end > view.words.size()) continue;
            if (view.words.subList(start, end).equals(f.words())) return new Found(c.entry(), start, end);
        }
        return null;
    }

    /**
     * The subject: the nearest noun phrase before the verb phrase in its clause, or in the clauses above
     * when the clause has none or only a pronoun ("Ethiopia indicated it would act"); a clause whose own
     * subject names no actor ("after a halfling was reported") has no actor subject.
     */
    private static ActorPhrase subject(ParseNode vp, SentenceView view, List<ActorPhrase> phrases) {
        ParseNode child = vp;
        ParseNode parent = view.parent(vp);
        while (parent != null) {
            List<ParseNode> kids = parent.children();
            int idx = indexOf(kids, child);
            for (int i = idx - 1; i >= 0; i--) {
                ParseNode k = kids.get(i);
                if (!k.is("NP")) continue;
                ActorPhrase a = outermostWithin(phrases, view.start(k), view.end(k));
                if (a != null) return a;
                boolean pronoun = k.children().size() == 1 && k.children().get(0).label().startsWith("PRP");
                boolean existential = k.children().size() == 1 && k.children().get(0).label().equals("EX");
                if (!pronoun && !existential && parent.category().startsWith("S")) return null;
            }
            child = parent;
            parent = view.parent(parent);
        }
        return null;
    }

    private static final java.util.Set<String> BE = java.util.Set.of("BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "GET", "GOT", "GETS", "'S", "'RE");

    /** A past participle under a form of "be" (or "get"): "Eriador was opposed by Osgiliath". */
    private static boolean passive(ParseNode vp, ParseNode verb, SentenceView view, List<ActorPhrase> phrases) {
        if (!verb.label().equals("VBN")) return false;
        ParseNode up = view.parent(vp);
        while (up != null && up.is("VP")) {
            ParseNode v = up.children().stream().filter(c -> c.isWord() && (c.label().startsWith("VB") || c.label().equals("MD"))).findFirst().orElse(null);
            if (v != null && BE.contains(v.word().toUpperCase(java.util.Locale.ROOT))) return true;
            up = view.parent(up);
        }
        return false;
    }

    /** The actor of a passive: the noun phrase of its "by" phrase. */
    private static ActorPhrase byAgent(ParseNode vp, SentenceView view, List<ActorPhrase> phrases) {
        for (ParseNode c : vp.children()) {
            if (!c.is("PP") || c.children().isEmpty() || !c.children().get(0).isWord()) continue;
            if (!c.children().get(0).word().equalsIgnoreCase("by")) continue;
            for (ParseNode np : c.children()) {
                if (!np.is("NP")) continue;
                ActorPhrase a = outermostWithin(phrases, view.start(np), view.end(np));
                if (a != null) return a;
            }
        }
        return null;
    }

    private static int indexOf(List<ParseNode> kids, ParseNode child) {
        for (int i = 0; i < kids.size(); i++) if (kids.get(i) == child) return i;
        return -1;
    }

    private static ActorPhrase outermostWithin(List<ActorPhrase> phrases, int start, int end) {
        return phrases.stream().filter(a -> a.start() >= start && a.end() <= end)
                .min(Comparator.comparingInt(ActorPhrase::start).thenComparingInt(a -> -a.end())).orElse(null);
    }

    private static ActorPhrase firstAfter(List<ActorPhrase> phrases, int from, int limit, ActorPhrase not) {
        return phrases.stream().filter(a -> a.start() >= from && a.end() <= limit && a != not)
                .min(Comparator.comparingInt(ActorPhrase::start).thenComparingInt(a -> -a.end())).orElse(null);
    }

    private static List<TabariEvent> dedupe(List<TabariEvent> events) {
        List<TabariEvent> out = new ArrayList<>();
        for (TabariEvent e : events) {
            boolean seen = out.stream().anyMatch(o -> o.source().equals(e.source()) && o.target().equals(e.target()) && o.code().equals(e.code()));
            if (!seen) out.add(e);
        }
        return out;
    }
}
