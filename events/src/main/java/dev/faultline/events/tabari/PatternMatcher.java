package dev.faultline.events.tabari;

import dev.faultline.actors.tabari.verbs.PatternToken;
import dev.faultline.actors.tabari.verbs.VerbDictionary;
import dev.faultline.actors.tabari.verbs.VerbPattern;

import java.util.List;
import java.util.Optional;

/**
 * Matches a TABARI pattern around a verb, over the sentence's words: the elements after the verb are
 * looked for forwards up to the end of the verb phrase, those before it backwards from the verb to the
 * start of the sentence. An element joined to its neighbour by {@code _} must come right next to it;
 * otherwise words may come between, as in TABARI. Words compare exactly (a synset generates plurals);
 * {@code +}, {@code $} and {@code %} take the next actor phrase, {@code ^} skips a noun phrase.
 */
final class PatternMatcher {
    private final VerbDictionary verbs;
    private final SentenceView view;
    private final List<ActorPhrase> actors;
    private final List<int[]> nounPhrases;

    PatternMatcher(VerbDictionary verbs, SentenceView view, List<ActorPhrase> actors, List<int[]> nounPhrases) {
        this.verbs = verbs;
        this.view = view;
        this.actors = actors;
        this.nounPhrases = nounPhrases;
    }

    /** The pattern's match when the verb's words occupy [verbStart, verbEnd) and its phrase ends at limit. */
    Optional<PatternMatch> match(VerbPattern p, int verbStart, int verbEnd, int limit) {
        if (p.structured()) return Optional.empty();
        Slots slots = new Slots();
        int pos = verbEnd;
        List<PatternToken> after = p.after();
        for (PatternToken t : after) {
            int next = forward(t, pos, limit, slots);
            if (next < 0) return Optional.empty();
            pos = next;
        }
        pos = verbStart;
        List<PatternToken> before = p.before();
        for (int i = before.size() - 1; i >= 0; i--) {
            int prev = backward(before.get(i), pos, slots);
            if (prev < 0) return Optional.empty();
            pos = prev;
        }
        return Optional.of(new PatternMatch(p, slots.source, slots.target, slots.compound));
    }

    private static final class Slots {
        ActorPhrase source, target, compound;

        void put(PatternToken t, ActorPhrase a) {
            switch (t.kind()) {
                case SOURCE -> source = a;
                case TARGET -> target = a;
                case COMPOUND -> compound = a;
                default -> { }
            }
        }
    }

    /** Where matching goes on after {@code t} found at or after {@code pos}; -1 when it is not there. */
    private int forward(PatternToken t, int pos, int limit, Slots slots) {
        int last = t.adjacent() ? pos : limit - 1;
        for (int at = pos; at <= last && at < limit; at++) {
            int end = forwardAt(t, at, limit, slots);
            if (end >= 0) return end;
        }
        return -1;
    }

    private int forwardAt(PatternToken t, int at, int limit, Slots slots) {
        switch (t.kind()) {
            case WORD -> {
                return view.words.get(at).equals(t.text()) ? at + 1 : -1;
            }
            case SYNSET -> {
                for (List<String> phrase : verbs.expand(t.text())) {
                    if (at + phrase.size() <= limit && view.words.subList(at, at + phrase.size()).equals(phrase)) return at + phrase.size();
                }
                return -1;
            }
            case SKIP -> {
                // The rest of the innermost noun phrase that holds this word ("THEIR ^" skips "their populations").
                int[] best = null;
                for (int[] np : nounPhrases) {
                    if (np[0] <= at && at < np[1] && np[1] <= limit && (best == null || np[0] >= best[0])) best = np;
                }
                return best == null ? -1 : best[1];
            }
            default -> {
                for (ActorPhrase a : actors) {
                    if (a.start() == at && a.end() <= limit) {
                        slots.put(t, a);
                        return a.end();
                    }
                }
                return -1;
            }
        }
    }

    /** Where matching goes on (backwards) after {@code t} found ending at or before {@code pos}; -1 when not. */
    private int backward(PatternToken t, int pos, Slots slots) {
        int first = t.adjacent() ? pos : 0;
        for (int end = pos; end >= first && end > 0; end--) {
            int start = backwardAt(t, end, slots);
            if (start >= 0) return start;
        }
        return -1;
    }

    private int backwardAt(PatternToken t, int end, Slots slots) {
        switch (t.kind()) {
            case WORD -> {
                return view.words.get(end - 1).equals(t.text()) ? end - 1 : -1;
            }
            case SYNSET -> {
                for (List<String> phrase : verbs.expand(t.text())) {
                    int s = end - phrase.size();
                    if (s >= 0 && view.words.subList(s, end).equals(phrase)) return s;
                }
                return -1;
            }
            case SKIP -> {
                for (int[] np : nounPhrases) if (np[1] == end) return np[0];
                return -1;
            }
            default -> {
                ActorPhrase best = null;
                for (ActorPhrase a : actors) {
                    if (a.end() == end && (best == null || a.start() < best.start())) best = a;
                }
                if (best == null) return -1;
                slots.put(t, best);
                return best.start();
            }
        }
    }
}
