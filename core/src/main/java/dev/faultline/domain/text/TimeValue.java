package dev.faultline.domain.text;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;

import java.time.LocalTime;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalized temporal expression.
 * <ul>
 *   <li>{@link Kind#DATE}: one date at its own precision ("Aug. 8" → 2018-08-08, "last October" → 2018-10).</li>
 *   <li>{@link Kind#RANGE}: an inclusive range {@code start..end} ("the past fortnight" →
 *       2019-02-15/2019-03-01; "since 1998" → 1998/publication date).</li>
 *   <li>{@link Kind#DURATION}: a length ("three weeks" → P3W); when it is anchored to the
 *       publication date ("two months since") {@code start} and {@code end} say when.</li>
 *   <li>{@link Kind#TIME}: a time of day ("3 p.m." → T15:00), with its date when known.</li>
 * </ul>
 *
 * @param relative true when the value was resolved against the publication date (a missing year,
 *                 a weekday, "last month", "two years ago"), false when the text alone fixes it
 * @param precision how much is known: the start's precision, a duration's smallest unit, DAY for a time
 */
public record TimeValue(Kind kind, Optional<PartialDate> start, Optional<PartialDate> end, Optional<Period> duration,
                        Optional<LocalTime> time, DatePrecision precision, boolean relative) implements MentionValue {
    public enum Kind { DATE, RANGE, DURATION, TIME }

    public TimeValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(precision, "precision");
        switch (kind) {
            case DATE -> require(start.isPresent() && end.isEmpty(), "a DATE has a start and no end");
            case RANGE -> require(start.isPresent() && end.isPresent(), "a RANGE has a start and an end");
            case DURATION -> require(duration.isPresent(), "a DURATION has a period");
            case TIME -> require(time.isPresent(), "a TIME has a time of day");
        }
        if (start.isPresent() && end.isPresent() && start.get().start().isAfter(end.get().start())) {
            throw new IllegalArgumentException("range ends before it starts: " + start.get() + "/" + end.get());
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    public static TimeValue date(PartialDate date, boolean relative) {
        return new TimeValue(Kind.DATE, Optional.of(date), Optional.empty(), Optional.empty(), Optional.empty(),
                date.precision(), relative);
    }

    public static TimeValue range(PartialDate start, PartialDate end, boolean relative) {
        return new TimeValue(Kind.RANGE, Optional.of(start), Optional.of(end), Optional.empty(), Optional.empty(),
                start.precision(), relative);
    }

    /** A bare length, not placed in time ("for three weeks"). */
    public static TimeValue duration(Period period, DatePrecision precision) {
        return new TimeValue(Kind.DURATION, Optional.empty(), Optional.empty(), Optional.of(period), Optional.empty(),
                precision, false);
    }

    /** A length placed in time by the publication date ("two months since" → start two months back). */
    public static TimeValue anchoredDuration(Period period, PartialDate start, PartialDate end) {
        return new TimeValue(Kind.DURATION, Optional.of(start), Optional.of(end), Optional.of(period), Optional.empty(),
                start.precision(), true);
    }

    public static TimeValue timeOfDay(LocalTime time, Optional<PartialDate> day, boolean relative) {
        return new TimeValue(Kind.TIME, day, Optional.empty(), Optional.empty(), Optional.of(time),
                DatePrecision.DAY, relative);
    }

    @Override
    public String normalized() {
        return switch (kind) {
            case DATE -> start.orElseThrow().value();
            case RANGE -> start.orElseThrow().value() + "/" + end.orElseThrow().value();
            case DURATION -> duration.orElseThrow() + start.map(s -> " " + s.value() + "/" + end.map(PartialDate::value).orElse("")).orElse("");
            case TIME -> start.map(PartialDate::value).orElse("") + "T" + time.orElseThrow();
        };
    }

    @Override
    public String toString() {
        return normalized() + (relative ? " (relative)" : "");
    }
}
