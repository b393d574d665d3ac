package dev.faultline.domain.claim;

/**
 * A source's reliability on the NATO Admiralty scale (STANAG 2511 / AJP-2.1): A completely reliable,
 * B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be
 * judged. An outlet nobody has graded is F.
 */
public enum Grade {
    A("completely reliable"), B("usually reliable"), C("fairly reliable"), D("not usually reliable"), E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Grade(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
