package dev.faultline.ingest.date;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.Problem;
import dev.faultline.domain.PublishedDate;
import dev.faultline.ingest.draft.Draft;
import dev.faultline.pipeline.Stage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates a report. The report's {@code published} value (the manifest's, which has already replaced
 * the file's own, or the file's metadata) wins. Without one, the date is estimated from the text as
 * the latest full date it mentions, a report being written after the events it tells of; failing
 * that, the latest month-year, at month precision. Dates after today are ignored as forecasts or
 * typos. With no date at all, the report stays undated and gets a warning.
 */
public final class PublicationDater implements Stage<Draft, Draft> {
    private final Clock clock;

    public PublicationDater(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Draft apply(Draft draft) {
        LocalDate today = LocalDate.now(clock);
        String value = draft.raw().published();
        Draft d = draft;
        if (value != null && !value.isBlank()) {
            Optional<PartialDate> known = PartialDate.parse(value).or(() -> TextDates.single(value, today.plusDays(1)));
            if (known.isPresent()) return d.withPublished(PublishedDate.known(known.get()));
            d = d.withProblem(Problem.warning(d.where(), "published value '" + value + "' is not a date I can read; estimating from the text"));
        }
        Optional<PartialDate> estimated = TextDates.estimatePublication(d.text(), today);
        if (estimated.isPresent()) return d.withPublished(PublishedDate.estimated(estimated.get()));
        return d.withProblem(Problem.warning(d.where(), "no publication date: none in the manifest, the file's metadata or the text"));
    }

    @Override
    public String name() {
        return "date";
    }
}
