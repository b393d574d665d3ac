package dev.faultline.eval.fakes;

/**
 * What the system says of an article's main event: its date ({@code YYYY-MM} or {@code YYYY-MM-DD}, null
 * when undated), the first-level division its place lies in and the place's name (null when unplaced),
 * and how credible the system finds the article's claims, 0..1 (null when it judged none).
 */
public record MainEvent(String date, String governorate, String place, Double credibility) {
    public MainEvent(String date, String governorate, String place) {
        this(date, governorate, place, null);
    }
}
