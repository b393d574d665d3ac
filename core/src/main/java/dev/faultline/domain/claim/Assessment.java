package dev.faultline.domain.claim;

import java.util.List;
import java.util.Objects;

/**
 * What a corpus makes of one claim (an event or a force claim): the story it belongs to (claims of
 * several reports about the same happening), how many independent sources tell it, the claims that
 * contradict it, and its credibility on the Admiralty scale with the reasons, in words a person can
 * check.
 *
 * @param credibility   1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful,
 *                      5 improbable, 6 truth cannot be judged
 * @param score         0..1, the same judgement as a number, for ranking (higher is more credible)
 * @param corroboration independent sources that tell the story (at least 1: this claim's own)
 * @param sources       those independent sources, by name
 * @param sameStory     the other claims of the story, from other articles
 * @param grade         the reliability grade of the claim's source (the outlet, or the outlet it cites)
 */
public record Assessment(String claim, String story, int corroboration, List<String> sources, List<String> sameStory,
                         List<Contradiction> contradictions, Grade grade, int credibility, double score, List<String> reasons) {
    public static final List<String> LABELS = List.of("confirmed by other sources", "probably true", "possibly true", "doubtful",
            "improbable", "truth cannot be judged");

    public Assessment {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(grade, "grade");
        sources = List.copyOf(sources);
        sameStory = List.copyOf(sameStory);
        contradictions = List.copyOf(contradictions);
        reasons = List.copyOf(reasons);
        if (corroboration < 1) throw new IllegalArgumentException(claim + ": corroboration counts at least the claim's own source");
        if (credibility < 1 || credibility > 6) throw new IllegalArgumentException(claim + ": credibility must be 1..6, was " + credibility);
        if (score < 0 || score > 1) throw new IllegalArgumentException(claim + ": score must be in 0..1, was " + score);
    }

    /** The credibility in words: "probably true". */
    public String label() {
        return LABELS.get(credibility - 1);
    }
}
