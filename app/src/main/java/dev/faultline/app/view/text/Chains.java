package dev.faultline.app.view.text;

import dev.faultline.domain.claim.Attribution;

import java.util.List;
import java.util.stream.Collectors;

/** A chain of attribution in words, the same in tables, exports and briefs. */
public final class Chains {
    private Chains() {
    }

    /** Who says so, outlet first: "DEBKAfile > DEBKAfile's military sources"; "" for an empty chain. */
    public static String all(List<Attribution> chain) {
        return chain.stream().map(Attribution::text).collect(Collectors.joining(" > "));
    }

    /** The sources the report itself names, outermost first, or null when it names none ("the Jerusalem Post > Bas News"). */
    public static String cited(List<Attribution> chain) {
        String s = chain.stream().filter(Attribution::inText).map(Attribution::text).collect(Collectors.joining(" > "));
        return s.isEmpty() ? null : s;
    }
}
