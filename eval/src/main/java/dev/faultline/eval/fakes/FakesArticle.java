package dev.faultline.eval.fakes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** One FA-KES row: the article, its outlet, the date and governorate of its main event, and its credibility label (1 credible, 0 fake). */
public record FakesArticle(String id, String title, String content, String source, LocalDate date, String governorate, int label) {
    public FakesArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(date, "date");
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }
}
