package dev.faultline.events.coder;

import dev.faultline.domain.event.Modality;
import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Sentence;

import java.util.Locale;
import java.util.Set;

/** How a clause holds its event: the closed-class words of English that negate, defer or hedge it. */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "can");
    private static final Set<String> REPORTED = Set.of("reportedly", "purportedly", "apparently", "supposedly");
    private static final Set<String> ALLEGED = Set.of("allegedly");
    private static final Set<String> DENY = Set.of("deny", "dismiss", "refute");
    private static final Set<String> PLAN = Set.of("plan", "intend", "prepare", "threaten", "vow", "aim", "seek", "want");

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
        }
        for (Dependency d : g.dependentsOf(trigger)) {
            String w = word(s, d.dependent());
            if (d.relation().startsWith("aux") && FUTURE.contains(w)) return Modality.FUTURE;
            if (d.relation().startsWith("aux") && HYPOTHETICAL.contains(w)) return Modality.HYPOTHETICAL;
            if (ALLEGED.contains(w)) return Modality.ALLEGED;
            if (REPORTED.contains(w)) return Modality.REPORTED;
        }
        return Modality.ASSERTED;
    }

    private static String word(Sentence s, int token) {
        return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }
}
