package dev.faultline.server.api;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.PloverType;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events a request selects: every filter of {@code faultline events} (actor with what belongs to it, PLOVER type,
 * date range the event overlaps, undated events left out by a range) plus outlet, bounding box, minimum credibility
 * a text search in the event's sentence and its actors' names and words, and one article's events.
 */
public record EventFilter(String actor, Set<PloverType> types, PartialDate since, PartialDate until, String outlet, double[] bbox,
                          int minCredibility, String q, String article) {

    /** The filters of {@code /api/events} (and of the views built on events: timeline, map). */
    public static EventFilter of(Params p) {
        return new EventFilter(p.id("actor"), p.types("type"), p.date("since"), p.date("until"), p.text("outlet"), p.bbox("bbox"),
                p.integer("min_credibility", 1, 6, 6), lower(p.text("q")),
                p.id("article"));
    }

    /** Only the actor and the time window (the timeline's and the network's filters). */
    public static EventFilter window(Params p) {
        return new EventFilter(p.id("actor"), Set.of(), p.date("since"), p.date("until"), null, null, 6, null, null);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public Predicate<CodedEvent> on(CorpusModel m) {
        return e -> matches(e, m);
    }

    boolean matches(CodedEvent e, CorpusModel m) {
        if (article != null && !article.equals(e.article().value())) return false;
        if (!types.isEmpty() && !types.contains(e.type())) return false;
        if (since != null || until != null) {
            if (e.date() == null) return false;
            PartialDate d = e.date().value();
            if (since != null && d.end().isBefore(since.start())) return false;
            if (until != null && d.start().isAfter(until.end())) return false;
        }
        if (actor != null && !touches(e, actor)) return false;
        if (outlet != null && !outlet.equalsIgnoreCase(String.valueOf(m.outlet(e.article())))) return false;
        if (minCredibility < 6) {
            Assessment a = m.assessment(e.id());
            if (a == null || a.credibility() > minCredibility) return false;
        }
        if (bbox != null && !inside(e.place())) return false;
        return q == null || mentions(e);
    }

    /** Whether the event's source or target is the actor or belongs to it. */
    public static boolean touches(CodedEvent e, String actor) {
        for (ActorMention m : e.source()) if (belongs(m.actor(), actor)) return true;
        for (ActorMention m : e.target()) if (belongs(m.actor(), actor)) return true;
        return false;
    }

    public static boolean belongs(ActorRef r, String actor) {
        return r.id().equals(actor) || r.lineage().contains(actor);
    }

    private boolean inside(EventPlace p) {
        if (p == null || p.lat() == null || p.lon() == null) return false;
        double lon = p.lon(), lat = p.lat();
        if (lat < bbox[1] || lat > bbox[3]) return false;
        return bbox[0] <= bbox[2] ? lon >= bbox[0] && lon <= bbox[2] : lon >= bbox[0] || lon <= bbox[2];   // across the antimeridian
    }

    private boolean mentions(CodedEvent e) {
        if (e.text().toLowerCase(Locale.ROOT).contains(q)) return true;
        for (ActorMention m : e.source()) if (named(m)) return true;
        for (ActorMention m : e.target()) if (named(m)) return true;
        return false;
    }

    private boolean named(ActorMention m) {
        return (m.actor().name() != null && m.actor().name().toLowerCase(Locale.ROOT).contains(q))
                || (m.text() != null && m.text().toLowerCase(Locale.ROOT).contains(q)) || m.actor().id().contains(q);
    }

    /** The day an event starts, for periods; null when undated. */
    public static LocalDate day(CodedEvent e) {
        return e.date() == null ? null : e.date().value().start();
    }
}
