package dev.faultline.domain.claim;

import java.util.Objects;

/** Another claim that disagrees with this one, and how ("700 against 25,000 for the same actor and year"). */
public record Contradiction(String claim, String why) {
    public Contradiction {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(why, "why");
    }
}
