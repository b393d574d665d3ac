package dev.faultline.claims;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.Grade;
import dev.faultline.domain.event.CodedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assesses every claim of a corpus together: stories ({@link Stories}), independent sources
 * ({@link Origin}: who told it, a wire's credit counting as the wire's; {@link Copies}: outlets that
 * ran the same text are one source), contradictions, and credibility. Credibility follows the Admiralty scale's
 * information ratings: 1 when three or more independent sources tell the story and none contradicts
 * it, 2 for two; for one source, 3 (possibly true) or 4 (doubtful) from the source's grade, whether it
 * names its own source, and how the report hedges; 5 (improbable) when better-supported claims
 * contradict it; 6 (cannot be judged) when nothing speaks for or against it: one ungraded outlet,
 * on its own word. Immutable; the corpus is passed whole.
 */
public final class Assessor {
    private final OutletGrades grades;

    public Assessor(OutletGrades grades) {
        this.grades = Objects.requireNonNull(grades, "grades");
    }

    /**
     * Assesses the corpus's claims, knowing each article by its outlet only.
     *
     * @param outlets each article's outlet (null when unknown); articles missing from the map count as unknown
     * @return each claim's assessment, by claim id, in the order given (events, then force claims)
     */
    public Map<String, Assessment> assess(List<CodedEvent> events, List<ForceClaim> forces, Map<ArticleId, String> outlets) {
        Map<ArticleId, Publication> publications = new HashMap<>();
        outlets.forEach((id, outlet) -> publications.put(id, Publication.of(outlet)));
        return assessPublications(events, forces, publications);
    }

    /**
     * Assesses the corpus's claims, knowing each article's outlet and text, in which a wire credit
     * ("(AFP) —") says whose story an outlet runs: such an article is that wire's report, not an
     * independent one.
     *
     * @param publications each article's outlet and text; articles missing from the map are of an unknown outlet
     * @return each claim's assessment, by claim id, in the order given (events, then force claims)
     */
    public Map<String, Assessment> assessPublications(List<CodedEvent> events, List<ForceClaim> forces,
                                                      Map<ArticleId, Publication> publications) {
        List<Claim> claims = new ArrayList<>();
        for (CodedEvent e : events) claims.add(Claim.of(e));
        for (ForceClaim f : forces) claims.add(Claim.of(f));
        Map<String, Origin> origins = new HashMap<>();
        Map<ArticleId, Origin> byArticle = new HashMap<>();   // an article's origin is the same for all its claims but a cited chain
        for (Claim c : claims) {
            Origin o = c.chain().stream().anyMatch(Attribution::inText)
                    ? Origin.of(c.chain(), publications.get(c.article()), c.article().value(), grades)
                    : byArticle.computeIfAbsent(c.article(), a -> Origin.of(List.of(), publications.get(a), a.value(), grades));
            origins.put(c.id(), o);
        }
        Map<String, String> story = Stories.of(claims);
        Map<String, List<Claim>> members = new LinkedHashMap<>();
        for (Claim c : claims) members.computeIfAbsent(story.get(c.id()), k -> new ArrayList<>()).add(c);
        Map<String, List<String>> independent = new HashMap<>();
        for (Map.Entry<String, List<Claim>> m : members.entrySet()) independent.put(m.getKey(), Copies.independent(m.getValue(), origins));
        Map<String, List<Contradiction>> against = Contradictions.find(claims, story, origins);
        Map<String, Assessment> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            String s = story.get(c.id());
            List<String> others = members.get(s).stream().filter(o -> !o.article().equals(c.article())).map(Claim::id).toList();
            List<String> sources = independent.get(s);
            int corroboration = Math.max(1, c.modality().happened() ? sources.size() : 1);
            List<Contradiction> contra = against.getOrDefault(c.id(), List.of());
            out.put(c.id(), judge(c, s, corroboration, sources.isEmpty() ? List.of(origins.get(c.id()).name()) : sources,
                    others, contra, origins.get(c.id()), independentOf(contra, independent, story)));
        }
        return out;
    }

    /** How many independent sources the best-supported contradicting claim has. */
    private static int independentOf(List<Contradiction> contra, Map<String, List<String>> independent, Map<String, String> story) {
        int best = 0;
        for (Contradiction c : contra) best = Math.max(best, independent.getOrDefault(story.get(c.claim()), List.of()).size());
        return best;
    }

    private static Assessment judge(Claim c, String story, int corroboration, List<String> sources, List<String> sameStory,
                                    List<Contradiction> contra, Origin origin, int contraSupport) {
        List<String> reasons = new ArrayList<>();
        double score = switch (origin.grade()) {
            case A -> 0.85;
            case B -> 0.72;
            case C -> 0.6;
            case D -> 0.42;
            case E -> 0.3;
            case F -> 0.5;
        };
        reasons.add((origin.cited() ? "relayed from " : "published by ") + origin.name() + " (" + origin.grade() + ": "
                + origin.grade().meaning() + ")");
        Attribution inner = innermost(c.chain());
        if (inner != null) {
            switch (inner.kind()) {
                case OFFICIAL, NAMED -> {
                    score += 0.05;
                    reasons.add("its source is named: " + inner.text() + " (" + inner.kind().label() + ")");
                }
                case ANONYMOUS -> {
                    score -= 0.1;
                    reasons.add("its source is not named: " + inner.text());
                }
                case ORGANIZATION -> reasons.add("its source is an organization: " + inner.text());
                case MEDIA -> reasons.add("its source is an outlet: " + inner.text());
            }
        } else {
            reasons.add("the report gives no source for it");
        }
        switch (c.modality()) {
            case ALLEGED -> {
                score -= 0.15;
                reasons.add("the report presents it as an allegation");
            }
            case REPORTED -> {
                score -= 0.05;
                reasons.add("the report relays it (reported, not asserted)");
            }
            case HYPOTHETICAL, FUTURE -> {
                score -= 0.1;
                reasons.add("the report presents it as possible or to come, not as done");
            }
            case DENIED, NEGATED -> reasons.add("the report says it did not happen");
            case ASSERTED -> { }
        }
        if (corroboration > 1) {
            score += Math.min(0.3, 0.12 * (corroboration - 1));
            reasons.add("told by " + corroboration + " independent sources: " + String.join(", ", sources));
        } else if (!sameStory.isEmpty()) {
            reasons.add("other reports of the same story rest on the same source (" + sources.get(0) + "): not independent");
        } else {
            reasons.add("no other report tells it");
        }
        if (!contra.isEmpty()) {
            score -= contraSupport >= corroboration ? 0.25 : 0.1;
            reasons.add("contradicted by " + contra.size() + " claim" + (contra.size() == 1 ? "" : "s") + ": " + contra.get(0).why());
        }
        score = Math.max(0.02, Math.min(0.98, score));
        int credibility;
        if (contra.isEmpty() && corroboration >= 3) credibility = 1;
        else if (contra.isEmpty() && corroboration == 2) credibility = 2;
        else if (!contra.isEmpty() && contraSupport >= corroboration && score < 0.45) credibility = 5;
        else if (origin.grade() == Grade.F && inner == null && contra.isEmpty() && corroboration == 1) credibility = 6;
        else credibility = score >= 0.55 ? 3 : score >= 0.35 ? 4 : 5;
        return new Assessment(c.id(), story, corroboration, sources, sameStory, contra, origin.grade(), credibility, score, reasons);
    }

    /** The link of the chain nearest the claim, skipping the outlet: the source the report rests it on. */
    private static Attribution innermost(List<Attribution> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) if (chain.get(i).inText()) return chain.get(i);
        return null;
    }
}
