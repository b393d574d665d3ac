package dev.faultline.app.view.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report shows, section by section, as plain values ready to print: nothing here is markup,
 * and every string may be untrusted (names, sentences, outlets and reasons come from the reports and
 * the knowledge base). Lists are in the order shown.
 *
 * @param by the period the series are cut by ("month", "quarter", "year")
 */
public record ReportModel(String by, CorpusFacts corpus, List<ActorRow> actors, Alliances alliances, List<RuptureRow> ruptures,
                          Timeline timeline, List<MapPoint> located, int unlocated, Forces forces, List<DyadChart> dyads) {
    /** The words under the title, the same in HTML and Markdown. */
    static String subtitle(java.time.LocalDate generated, String by) {
        return "A sourced, time-aware model of the conflict the stored reports describe. Generated " + generated + "; series by " + by + ".";
    }

    /** How to read the figures, the closing note of both formats. */
    static final String SCALE = "Credibility is on the Admiralty scale: 1 confirmed by other sources, 2 probably true, 3 possibly true, "
            + "4 doubtful, 5 improbable, 6 truth cannot be judged. Scores are Goldstein scores weighted by credibility and corroboration; "
            + "positive is cooperation, negative conflict.";

    public ReportModel {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(alliances, "alliances");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(forces, "forces");
        actors = List.copyOf(actors);
        ruptures = List.copyOf(ruptures);
        located = List.copyOf(located);
        dyads = List.copyOf(dyads);
    }

    /**
     * Section 1: the corpus at a glance. Dates are ISO values (year, month or day); null when unknown.
     *
     * @param claims events and force claims together
     */
    public record CorpusFacts(int articles, int outlets, String publishedFrom, String publishedTo, int events, String eventsFrom,
                         String eventsTo, int forceClaims, int claims, List<Count> byOutlet) {
        public CorpusFacts {
            byOutlet = List.copyOf(byOutlet);
        }
    }

    /** A name and how many. */
    public record Count(String name, int count) {}

    /** Section 2: one actor, with the events that name it directly (as source or target) and its force claims. */
    public record ActorRow(String id, String name, String kind, String country, String origin, int events, int forceClaims) {}

    /** Section 3: blocs per period (oldest first) and the key relations. */
    public record Alliances(List<BlocRow> blocs, List<RelationRow> known, List<RelationRow> fromEvents) {
        public Alliances {
            blocs = List.copyOf(blocs);
            known = List.copyOf(known);
            fromEvents = List.copyOf(fromEvents);
        }

        /** The latest period's blocs, or null when no period has any. */
        public BlocRow latest() {
            return blocs.isEmpty() ? null : blocs.get(blocs.size() - 1);
        }
    }

    /** Who clusters with whom in a period: groups of actor names, largest first. */
    public record BlocRow(String period, List<List<String>> groups) {
        public BlocRow {
            groups = groups.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One relation, "Hezbollah proxy_of Iran".
     *
     * @param from     ISO date or null (open)
     * @param to       ISO date or null (open)
     * @param score    the events' weighted balance; null for the knowledge base's relations
     * @param evidence the knowledge base's citation, or "N events"
     * @param rolledUp whether members' acts are counted for this pair
     */
    public record RelationRow(String a, String type, String b, String from, String to, Double score, String evidence,
                              boolean rolledUp) {}

    /** Section 4: a pair whose balance turned, from {@code period} on, with the events that turned it. */
    public record RuptureRow(String a, String b, String period, double before, double after, double pValue,
                             List<EventRow> evidence) {
        public RuptureRow {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One event as a reader checks it: when, what, who to whom, the sentence, where, who says so and how
     * credible it is.
     *
     * @param date        ISO date, or null when undated
     * @param dyad        "Israel → Iran", or "" when the report names nobody
     * @param place       the place's name, or null
     * @param chain       the sources the report names, outermost first ("the Jerusalem Post > Bas News"), or null
     *                    when it gives none (the outlet is {@code outlet})
     * @param credibility 1..6 on the Admiralty scale, 0 when unassessed
     */
    public record EventRow(String id, String date, String type, int quad, String modality, String dyad, String sentence,
                           String place, String outlet, String title, String chain, int credibility, String credibilityLabel,
                           List<String> reasons) {
        public EventRow {
            reasons = List.copyOf(reasons);
        }
    }

    /** Section 5: events per period (gaps included when few enough) and the most credible events. */
    public record Timeline(List<PeriodCount> periods, int undated, List<EventRow> mostCredible) {
        public Timeline {
            periods = List.copyOf(periods);
            mostCredible = List.copyOf(mostCredible);
        }
    }

    /** A period's events said to have happened: cooperation (CAMEO quads 1–2) and conflict (quads 3–4). */
    public record PeriodCount(String period, int cooperation, int conflict) {
        public int total() {
            return cooperation + conflict;
        }
    }

    /** Section 6: an event with coordinates, coloured by its CAMEO quad class. */
    public record MapPoint(double lat, double lon, int quad, String place, EventRow event) {}

    /** Section 7: the order of battle and the figures that contradict each other. */
    public record Forces(List<ForceRow> standings, List<ContradictionRow> contradictions) {
        public Forces {
            standings = List.copyOf(standings);
            contradictions = List.copyOf(contradictions);
        }
    }

    /** An actor's forces at a place (null: unplaced) in a period: the lowest and highest figures claimed, and the claims. */
    public record ForceRow(String actor, String place, String period, long low, long high, List<ForceClaimRow> claims) {
        public ForceRow {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One force claim.
     *
     * @param figure "~5,000", "≥ 25,000", "7,000 →"
     * @param words  the report's words for it
     * @param chain  the sources the report names, or null when it gives none
     */
    public record ForceClaimRow(String id, String figure, String words, String date, String outlet, String chain,
                                int credibility, String credibilityLabel) {}

    /** Two claims that disagree, each as "≥ 25,000 Iran (DEBKAfile, 2018-09)", and why. */
    public record ContradictionRow(String claim, String other, String why) {}

    /** Section 8: one of the pairs with most events, and its balance per period. */
    public record DyadChart(String a, String b, int events, List<DyadBar> series) {
        public DyadChart {
            series = List.copyOf(series);
        }
    }

    /** One period of a pair: events either way, weighted cooperation (≥ 0), conflict (≤ 0) and their balance. */
    public record DyadBar(String period, int events, double cooperation, double conflict, double balance) {}
}
