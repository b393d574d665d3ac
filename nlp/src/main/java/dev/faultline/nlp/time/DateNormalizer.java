package dev.faultline.nlp.time;

import dev.faultline.domain.DatePrecision;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.TimeValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalizes the date, time and duration expressions of one sentence, given as its words
 * (tokens as written), against the publication date.
 *
 * <p>Contract and conventions (documented choices, tested in {@code DateNormalizerTest}):
 * <ul>
 *   <li>Precision is never invented: "August 2018" is a month, "since 1998" starts at a year.</li>
 *   <li>{@code relative} is true when the publication date was needed: a missing year, a weekday,
 *       "yesterday", "last month", "two years ago", "the past fortnight", "since …" (its end).</li>
 *   <li>A date without a year ("Aug. 8", "in May") takes the publication year, unless that puts it
 *       more than a week after publication: news reports the past, so it moves a year back. In a
 *       sentence that speaks of the future ("will", "scheduled", "next"…) it moves forward instead.
 *       A weekday is the last such day on or before publication (the next one in a future sentence).</li>
 *   <li>"last October" is the last October before the publication month; "last month/year" the
 *       calendar month/year before; "last week" the Monday–Sunday week before; "the past fortnight",
 *       "the past two years" the window ending on the publication date, in days.</li>
 *   <li>"N months since" is a duration anchored to end at publication; "N years ago" a date at the
 *       unit's precision; "three weeks" alone a bare duration.</li>
 *   <li>Without a publication date, relative expressions are still found, with no value.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DateNormalizer {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern MID_MONTH = Pattern.compile("(?i)mid-(\\p{L}+\\.?)");
    private static final Set<String> MERIDIEM = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> TRIGGERS = Set.of("today", "yesterday", "tomorrow", "tonight", "last", "next",
            "this", "past", "previous", "ago", "since", "day", "days", "week", "weeks", "month", "months", "year",
            "years", "fortnight", "decade", "decades", "noon", "midnight", "weekend", "earlier", "coming");

    /** Cheap test: could this sentence hold a temporal expression at all? Lets the layer skip the rest. */
    public static boolean mayHoldDate(List<String> words) {
        for (String w : words) {
            if (w.isEmpty()) continue;
            char c = w.charAt(0);
            if (Character.isDigit(c) || TRIGGERS.contains(w.toLowerCase(Locale.ROOT))) return true;
            if (Character.isUpperCase(c) && (Calendar.month(w) > 0 || Calendar.weekday(w) != null)) return true;
            if (MID_MONTH.matcher(w).matches()) return true;
        }
        return false;
    }

    /**
     * The temporal expressions of a sentence, left to right, not overlapping (longest match first).
     *
     * @param words     the sentence's tokens as written
     * @param published the publication date, if known; relative expressions resolve against it
     */
    public List<TimeMatch> find(List<String> words, Optional<LocalDate> published) {
        Scan scan = new Scan(words, published.orElse(null));
        List<TimeMatch> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            TimeMatch m = scan.longestAt(i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** One sentence being scanned: its words, lower-cased words, anchor and tense. */
    private static final class Scan {
        private final List<String> w;
        private final String[] lower;
        private final LocalDate anchor;
        private final boolean future;

        Scan(List<String> words, LocalDate anchor) {
            this.w = words;
            this.lower = words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            this.anchor = anchor;
            boolean f = false;
            for (String s : lower) f |= Calendar.FUTURE_MARKERS.contains(s);
            this.future = f;
        }

        String low(int i) {
            return i >= 0 && i < lower.length ? lower[i] : "";
        }

        String word(int i) {
            return i >= 0 && i < w.size() ? w.get(i) : "";
        }

        TimeMatch longestAt(int i) {
            TimeMatch best = null;
            for (TimeMatch m : new TimeMatch[]{since(i), point(i), ago(i), window(i), timeOfDay(i), duration(i)}) {
                if (m != null && (best == null || m.end() > best.end())) best = m;
            }
            return best;
        }

        /** A date (a point or a calendar range) starting at i, or null. */
        TimeMatch point(int i) {
            TimeMatch best = null;
            for (TimeMatch m : new TimeMatch[]{numeric(i), monthFirst(i), dayFirst(i), qualifiedMonth(i),
                    bareMonth(i), year(i), weekday(i), deictic(i), calendarUnit(i)}) {
                if (m != null && (best == null || m.end() > best.end())) best = m;
            }
            return best;
        }

        // ---- absolute and year-less calendar dates ----

        TimeMatch numeric(int i) {
            Matcher iso = ISO.matcher(word(i));
            if (iso.matches()) return day(i, i + 1, num(iso, 1), num(iso, 2), num(iso, 3), false);
            Matcher us = US_NUMERIC.matcher(word(i));
            if (us.matches()) return day(i, i + 1, num(us, 3), num(us, 1), num(us, 2), false);
            Matcher dec = DECADE.matcher(word(i));
            if (dec.matches() && low(i - 1).equals("the")) {
                int y = Integer.parseInt(dec.group(1)) * 10;
                return date(i - 1, i + 1, TimeValue.range(PartialDate.ofYear(y), PartialDate.ofYear(y + 9), false));
            }
            return null;
        }

        /** "Aug. 8", "August 8, 2018", "Wednesday, Aug. 8", "August 2018", "August of 2018". */
        TimeMatch monthFirst(int i) {
            int j = skipWeekday(i);
            int month = Calendar.month(word(j));
            if (month == 0) return null;
            int d = Calendar.dayOfMonth(word(j + 1));
            if (d > 0) {
                int k = low(j + 2).equals(",") ? j + 3 : j + 2;
                int y = Calendar.year(word(k));
                if (y > 0) return day(i, k + 1, y, month, d, false);
                return inferredDay(i, j + 2, month, d);
            }
            int k = low(j + 1).equals(",") || low(j + 1).equals("of") ? j + 2 : j + 1;
            int y = Calendar.year(word(k));
            if (y > 0 && j == i) return date(i, k + 1, TimeValue.date(PartialDate.ofMonth(y, month), false));
            return null;
        }

        /** "8 August 2018", "8th of August", "Wednesday 8 August". */
        TimeMatch dayFirst(int i) {
            int j = skipWeekday(i);
            int d = Calendar.dayOfMonth(word(j));
            if (d == 0) return null;
            int k = low(j + 1).equals("of") ? j + 2 : j + 1;
            int month = Calendar.month(word(k));
            if (month == 0) return null;
            int y = Calendar.year(word(k + 1));
            if (y > 0) return day(i, k + 2, y, month, d, false);
            return inferredDay(i, k + 1, month, d);
        }

        /** "early August", "mid-August", "the second half of August", "last October", "the end of May 2019". */
        TimeMatch qualifiedMonth(int i) {
            Matcher mid = MID_MONTH.matcher(word(i));
            if (mid.matches() && Calendar.month(capitalize(mid.group(1))) > 0) {
                return monthWithOptionalYear(i, i + 1, Calendar.month(capitalize(mid.group(1))));
            }
            String q = low(i);
            if (q.equals("early") || q.equals("late") || q.equals("mid")) {
                int month = Calendar.month(word(i + 1));
                return month == 0 ? null : monthWithOptionalYear(i, i + 2, month);
            }
            if (q.equals("last") || q.equals("next") || q.equals("this") || q.equals("past")) {
                int month = Calendar.month(word(i + 1));
                if (month == 0 || Calendar.dayOfMonth(word(i + 2)) > 0) return null;
                return date(i, i + 2, anchor == null ? null : TimeValue.date(namedMonth(q, month), true));
            }
            if (q.equals("the") && low(i + 2).equals("half") && low(i + 3).equals("of")) {
                boolean first = low(i + 1).equals("first");
                if (!first && !low(i + 1).equals("second")) return null;
                int month = Calendar.month(word(i + 4));
                if (month == 0) return null;
                TimeMatch whole = monthWithOptionalYear(i, i + 5, month);
                if (whole.value().isEmpty()) return whole;
                TimeValue v = whole.value().get();
                YearMonth ym = YearMonth.from(v.start().orElseThrow().start());
                LocalDate from = first ? ym.atDay(1) : ym.atDay(16);
                LocalDate to = first ? ym.atDay(15) : ym.atEndOfMonth();
                return date(i, whole.end(), TimeValue.range(PartialDate.ofDay(from), PartialDate.ofDay(to), v.relative()));
            }
            if (q.equals("the") && Set.of("end", "beginning", "start", "middle").contains(low(i + 1)) && low(i + 2).equals("of")) {
                int month = Calendar.month(word(i + 3));
                return month == 0 ? null : monthWithOptionalYear(i, i + 4, month);
            }
            return null;
        }

        /** "in May", "since October", "between June and August": a month after a temporal word. */
        TimeMatch bareMonth(int i) {
            int month = Calendar.month(word(i));
            if (month == 0 || !Calendar.TEMPORAL_PREPOSITIONS.contains(low(i - 1))) return null;
            if (Calendar.dayOfMonth(word(i + 1)) > 0) return null;
            return monthWithOptionalYear(i, i + 1, month);
        }

        TimeMatch monthWithOptionalYear(int begin, int end, int month) {
            int k = low(end).equals(",") || low(end).equals("of") ? end + 1 : end;
            int y = Calendar.year(word(k));
            if (y > 0) return date(begin, k + 1, TimeValue.date(PartialDate.ofMonth(y, month), false));
            return date(begin, end, anchor == null ? null : TimeValue.date(inferMonth(month), true));
        }

        /** "in 1998", "since 2011", "2018's election": a year after a temporal word or before "'s". */
        TimeMatch year(int i) {
            int y = Calendar.year(word(i));
            if (y == 0) return null;
            boolean context = Calendar.TEMPORAL_PREPOSITIONS.contains(low(i - 1)) || low(i - 1).equals("year")
                    || low(i + 1).equals("'s");
            return context ? date(i, i + 1, TimeValue.date(PartialDate.ofYear(y), false)) : null;
        }

        // ---- dates relative to publication ----

        /** "Wednesday", "on Wednesday night", "last Wednesday", "next Friday". */
        TimeMatch weekday(int i) {
            int j = i;
            String q = low(i);
            if (q.equals("last") || q.equals("next") || q.equals("this")) j++;
            DayOfWeek d = Calendar.weekday(word(j));
            if (d == null) return null;
            int end = PARTS_OF_DAY.contains(low(j + 1)) ? j + 2 : j + 1;
            if (anchor == null) return date(i, end, null);
            LocalDate day;
            if (q.equals("next") || (future && !q.equals("last"))) {
                day = anchor.with(q.equals("next") ? TemporalAdjusters.next(d) : TemporalAdjusters.nextOrSame(d));
            } else {
                day = anchor.with(q.equals("last") ? TemporalAdjusters.previous(d) : TemporalAdjusters.previousOrSame(d));
            }
            return date(i, end, TimeValue.date(PartialDate.ofDay(day), true));
        }

        /** "today", "yesterday", "tomorrow", "tonight", "this morning", "last night". */
        TimeMatch deictic(int i) {
            int shift;
            int end = i + 1;
            switch (low(i)) {
                case "today", "tonight" -> shift = 0;
                case "yesterday" -> shift = -1;
                case "tomorrow" -> shift = 1;
                case "this" -> {
                    if (!PARTS_OF_DAY.contains(low(i + 1))) return null;
                    shift = 0;
                    end = i + 2;
                }
                case "last" -> {
                    if (!low(i + 1).equals("night")) return null;
                    shift = -1;
                    end = i + 2;
                }
                default -> {
                    return null;
                }
            }
            return date(i, end, anchor == null ? null : TimeValue.date(PartialDate.ofDay(anchor.plusDays(shift)), true));
        }

        /** "last month", "this year", "next week", "earlier this month", "last weekend". */
        TimeMatch calendarUnit(int i) {
            int j = low(i).equals("earlier") || low(i).equals("later") ? i + 1 : i;
            int step = switch (low(j)) {
                case "last" -> -1;
                case "this" -> 0;
                case "next", "coming" -> 1;
                default -> Integer.MIN_VALUE;
            };
            if (step == Integer.MIN_VALUE || (j > i && step != 0)) return null;
            String unit = low(j + 1);
            if (!Set.of("week", "month", "year", "weekend").contains(unit)) return null;
            if (anchor == null) return date(i, j + 2, null);
            TimeValue v = switch (unit) {
                case "month" -> {
                    YearMonth ym = YearMonth.from(anchor).plusMonths(step);
                    yield TimeValue.date(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()), true);
                }
                case "year" -> TimeValue.date(PartialDate.ofYear(anchor.getYear() + step), true);
                case "week" -> {
                    LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                    yield TimeValue.range(PartialDate.ofDay(monday), PartialDate.ofDay(monday.plusDays(6)), true);
                }
                default -> {
                    LocalDate saturday = step < 0 ? anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                            : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(Math.max(0, step - 1));
                    yield TimeValue.range(PartialDate.ofDay(saturday), PartialDate.ofDay(saturday.plusDays(1)), true);
                }
            };
            return date(i, j + 2, v);
        }

        /** "the past fortnight", "the last three days", "past two years": a window ending at publication. */
        TimeMatch window(int i) {
            int j = low(i).equals("the") ? i + 1 : i;
            String q = low(j);
            if (!(q.equals("past") || q.equals("previous") || (q.equals("last") && j > i))) return null;
            int n = Calendar.count(word(j + 1));
            int unitAt = n > 0 ? j + 2 : j + 1;
            if (n == 0) {
                if (j == i) return null; // "past week" without "the" is left to calendarUnit/"last week"
                n = 1;
            }
            Unit unit = Unit.of(word(unitAt));
            if (unit == null) return null;
            if (anchor == null) return date(i, unitAt + 1, null);
            LocalDate from = anchor.minus(unit.times(n));
            return date(i, unitAt + 1, TimeValue.range(PartialDate.ofDay(from), PartialDate.ofDay(anchor), true));
        }

        /** "two years ago", "a week ago": a date at the unit's precision. */
        TimeMatch ago(int i) {
            int n = Calendar.count(word(i));
            Unit unit = Unit.of(word(i + 1));
            if (n == 0 || unit == null || !low(i + 2).equals("ago")) return null;
            if (anchor == null) return date(i, i + 3, null);
            return date(i, i + 3, TimeValue.date(atPrecision(anchor.minus(unit.times(n)), unit.precision), true));
        }

        /** "since 1998", "since Aug. 8", "since last October": a range from then to publication. */
        TimeMatch since(int i) {
            if (!low(i).equals("since")) return null;
            TimeMatch inner = point(i + 1);
            if (inner == null) return null;
            Optional<PartialDate> start = inner.value().flatMap(TimeValue::start);
            if (anchor == null || start.isEmpty() || start.get().start().isAfter(anchor)) {
                return date(i, inner.end(), inner.value().orElse(null));
            }
            return date(i, inner.end(), TimeValue.range(start.get(), PartialDate.ofDay(anchor), true));
        }

        /** "three weeks", "two months since" (anchored), "a decade". */
        TimeMatch duration(int i) {
            int n = Calendar.count(word(i));
            Unit unit = Unit.of(word(i + 1));
            if (n == 0 || unit == null) return null;
            if (n == 1 && !(low(i).equals("a") || low(i).equals("one") || low(i).equals("an"))) return null;
            Period p = unit.times(n);
            if (low(i + 2).equals("since")) {
                if (anchor == null) return new TimeMatch(i, i + 3, EntityType.DURATION, Optional.empty());
                TimeValue v = TimeValue.anchoredDuration(p, atPrecision(anchor.minus(p), unit.precision), PartialDate.ofDay(anchor));
                return new TimeMatch(i, i + 3, EntityType.DURATION, Optional.of(v));
            }
            return new TimeMatch(i, i + 2, EntityType.DURATION, Optional.of(TimeValue.duration(p, unit.precision)));
        }

        /** "3 p.m.", "10:30 a.m.", "noon", "midnight". */
        TimeMatch timeOfDay(int i) {
            if (low(i).equals("noon") || low(i).equals("midnight")) {
                LocalTime t = low(i).equals("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
                return new TimeMatch(i, i + 1, EntityType.TIME, Optional.of(TimeValue.timeOfDay(t, Optional.empty(), false)));
            }
            Matcher c = CLOCK.matcher(word(i));
            if (!c.matches() || !MERIDIEM.contains(low(i + 1))) return null;
            int h = Integer.parseInt(c.group(1));
            int m = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
            if (h < 1 || h > 12 || m > 59) return null;
            if (low(i + 1).startsWith("p") && h < 12) h += 12;
            if (low(i + 1).startsWith("a") && h == 12) h = 0;
            TimeValue v = TimeValue.timeOfDay(LocalTime.of(h, m), Optional.empty(), false);
            return new TimeMatch(i, i + 2, EntityType.TIME, Optional.of(v));
        }

        // ---- helpers ----

        int skipWeekday(int i) {
            if (Calendar.weekday(word(i)) == null) return i;
            return low(i + 1).equals(",") ? i + 2 : i + 1;
        }

        TimeMatch day(int begin, int end, int y, int month, int d, boolean relative) {
            try {
                return date(begin, end, TimeValue.date(PartialDate.ofDay(LocalDate.of(y, month, d)), relative));
            } catch (DateTimeException e) {
                return null; // "Feb. 30" is not a date
            }
        }

        TimeMatch inferredDay(int begin, int end, int month, int d) {
            if (anchor == null) return date(begin, end, null);
            try {
                LocalDate c = LocalDate.of(anchor.getYear(), month, d);
                if (!future && c.isAfter(anchor.plusDays(7))) c = c.minusYears(1);
                else if (future && c.isBefore(anchor)) c = c.plusYears(1);
                return date(begin, end, TimeValue.date(PartialDate.ofDay(c), true));
            } catch (DateTimeException e) {
                return null;
            }
        }

        PartialDate inferMonth(int month) {
            int y = anchor.getYear();
            if (!future && month > anchor.getMonthValue()) y--;
            else if (future && month < anchor.getMonthValue()) y++;
            return PartialDate.ofMonth(y, month);
        }

        /** The month named after "last", "next", "this" or "past", seen from the publication month. */
        PartialDate namedMonth(String qualifier, int month) {
            int y = anchor.getYear();
            int now = anchor.getMonthValue();
            switch (qualifier) {
                case "last", "past" -> {
                    if (month >= now) y--;
                }
                case "next" -> {
                    if (month <= now) y++;
                }
                default -> { /* "this October": the publication year */ }
            }
            return PartialDate.ofMonth(y, month);
        }

        TimeMatch date(int begin, int end, TimeValue v) {
            return new TimeMatch(begin, end, EntityType.DATE, Optional.ofNullable(v));
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }

        private static String capitalize(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private static PartialDate atPrecision(LocalDate d, DatePrecision p) {
            return switch (p) {
                case DAY -> PartialDate.ofDay(d);
                case MONTH -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
                case YEAR -> PartialDate.ofYear(d.getYear());
            };
        }
    }
}
