package dev.faultline.claims;

/**
 * What the assessor knows of an article: the outlet that published it (null when unknown) and its
 * text (null when not at hand), in which a wire credit may say whose story it runs ({@link WireCredit}).
 */
public record Publication(String outlet, String text) {
    /** An article known only by its outlet. */
    public static Publication of(String outlet) {
        return new Publication(outlet, null);
    }
}
