package dev.faultline.events.coder;

import dev.faultline.domain.event.Modality;
import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;

import java.util.Locale;
import java.util.Set;

/** How a clause holds its event: the closed-class words of English that negate, defer or hedge it. */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "can");
    private static final Set<String> REPORTED = Set.of("reportedly", "purportedly", "apparently", "supposedly");
    private static final Set<String> ALLEGED = Set.of("allegedly");
    /** Verb lemmas that deny the act of their clause: "denied carrying out the attack". */
    private static final Set<String> DENY = CoderWords.of("denying-verbs");
    /** Verb lemmas that make the act of their complement an intent: "plans to deploy", "vowed to retaliate". */
    private static final Set<String> PLAN = CoderWords.of("intending-verbs");
    /** "is willing to send", "was ready to host": an intent. */
    private static final Set<String> WILLING = CoderWords.of("willing-words");
    /** "is said to have struck", "was reported to": a relayed claim. */
    private static final Set<String> HEARSAY = CoderWords.of("hearsay-verbs");
    /** Nouns whose clause relays what others claim: "reports that Israel struck", "claims that...". */
    private static final Set<String> HEARSAY_NOUNS = CoderWords.of("hearsay-nouns");
    private static final Set<String> CLAIM = Set.of("claim", "allege", "accuse");

    private Modalities() {
    }

    static Modality of(Sentence s, DependencyGraph g, int trigger) {
        for (Dependency d : g.dependentsOf(trigger)) {
            String w = word(s, d.dependent());
            if (NEGATORS.contains(w) && (d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))) return Modality.NEGATED;
        }
        for (Dependency d : g.governorsOf(trigger)) {
            if (d.isRoot()) continue;
            String lemma = s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT);
            if (DENY.contains(lemma)) return Modality.DENIED;
            if (PLAN.contains(lemma) && d.relation().startsWith("xcomp")) return Modality.FUTURE;
            if (WILLING.contains(lemma) && d.relation().startsWith("xcomp")) return Modality.FUTURE;
            if (HEARSAY.contains(lemma) && d.relation().startsWith("xcomp") && passive(s, g, d.governor())) return Modality.REPORTED;
            if (HEARSAY_NOUNS.contains(lemma) && (d.relation().startsWith("acl") || d.relation().startsWith("ccomp"))) return Modality.REPORTED;
            if (CLAIM.contains(lemma) && (d.relation().startsWith("ccomp") || d.relation().startsWith("advcl"))) return Modality.ALLEGED;
        }
        for (Dependency d : g.dependentsOf(trigger)) {
            String w = word(s, d.dependent());
            if (d.relation().startsWith("aux") && FUTURE.contains(w)) return Modality.FUTURE;
            if (d.relation().startsWith("aux") && HYPOTHETICAL.contains(w)) return Modality.HYPOTHETICAL;
            if (ALLEGED.contains(w)) return Modality.ALLEGED;
            if (REPORTED.contains(w)) return Modality.REPORTED;
        }
        for (Token t : s.tokens()) {                                    // hedges that modify the whole sentence
            String w = t.word().toLowerCase(Locale.ROOT);
            if (ALLEGED.contains(w)) return Modality.ALLEGED;
            if (REPORTED.contains(w)) return Modality.REPORTED;
        }
        return Modality.ASSERTED;
    }

    /** Whether a verb is passive: it has a passive auxiliary or subject ("is said", "were reported"). */
    private static boolean passive(Sentence s, DependencyGraph g, int verb) {
        for (Dependency d : g.dependentsOf(verb)) {
            if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) return true;
        }
        return false;
    }

    private static String word(Sentence s, int token) {
        return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }
}
