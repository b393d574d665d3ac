package dev.faultline.app.view.report;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.report.ReportModel.ActorRow;
import dev.faultline.app.view.report.ReportModel.Alliances;
import dev.faultline.app.view.report.ReportModel.BlocRow;
import dev.faultline.app.view.report.ReportModel.ContradictionRow;
import dev.faultline.app.view.report.ReportModel.CorpusFacts;
import dev.faultline.app.view.report.ReportModel.Count;
import dev.faultline.app.view.report.ReportModel.DyadBar;
import dev.faultline.app.view.report.ReportModel.DyadChart;
import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.ForceRow;
import dev.faultline.app.view.report.ReportModel.Forces;
import dev.faultline.app.view.report.ReportModel.MapPoint;
import dev.faultline.app.view.report.ReportModel.PeriodCount;
import dev.faultline.app.view.report.ReportModel.RelationRow;
import dev.faultline.app.view.report.ReportModel.RuptureRow;
import dev.faultline.app.view.report.ReportModel.Timeline;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Contradiction;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.DyadPoint;
import dev.faultline.domain.relation.ForceStanding;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.domain.relation.Rupture;
import dev.faultline.relations.AllianceModel;
import dev.faultline.store.ArticleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Works out what a report shows from a corpus and its alliance model. */
public final class ReportBuilder {
    static final int ACTORS = 30, EVENT_RELATIONS = 40, CREDIBLE_EVENTS = 12, DYADS = 6;
    /** The knowledge base's relations by kind: the chain of command first, then backing, membership, alliance and enmity. */
    static final List<RelationType> KNOWN_ORDER = List.of(RelationType.COMMANDS, RelationType.LEADS, RelationType.PROXY_OF,
            RelationType.SUPPORTS, RelationType.MEMBER_OF, RelationType.ALLY, RelationType.HOSTILE);
    /** Beyond this many periods the timeline shows only those with events, not the gaps between them. */
    static final int MAX_PERIODS = 120;

    private final CorpusModel in;
    private final AllianceModel alliance;
    private final Granularity by;
    private final ReportRows rows;
    private final Map<String, CodedEvent> events = new LinkedHashMap<>();
    private final Map<String, ForceClaim> forces = new LinkedHashMap<>();

    private ReportBuilder(CorpusModel in, Granularity by) {
        this.in = in;
        this.alliance = in.alliance();
        this.by = Objects.requireNonNull(by, "by");
        this.rows = new ReportRows(in);
        for (CodedEvent e : in.events()) events.put(e.id(), e);
        for (ForceClaim f : in.forces()) forces.put(f.id(), f);
    }

    /**
     * The report of a corpus: series cut by {@code by}, ruptures kept when chance gives one as large at
     * most {@code alpha} of the time.
     */
    public static ReportModel build(CorpusModel in, Granularity by, double alpha) {
        ReportBuilder b = new ReportBuilder(in, by);
        List<MapPoint> located = b.located();
        return new ReportModel(by.label(), b.corpus(), b.actors(), b.alliances(), b.ruptures(alpha), b.timeline(), located,
                in.events().size() - located.size(), b.forces(), b.dyads());
    }

    private CorpusFacts corpus() {
        Map<String, Integer> outlets = new TreeMap<>();
        PartialDate first = null, last = null;
        for (ArticleInfo a : in.articles()) {
            if (a.outlet() != null && !a.outlet().isBlank()) outlets.merge(a.outlet(), 1, Integer::sum);
            if (a.published() == null) continue;
            PartialDate d = a.published().date();
            if (first == null || d.compareTo(first) < 0) first = d;
            if (last == null || d.compareTo(last) > 0) last = d;
        }
        PartialDate eFirst = null, eLast = null;
        for (CodedEvent e : in.events()) {
            if (e.date() == null) continue;
            PartialDate d = e.date().value();
            if (eFirst == null || d.compareTo(eFirst) < 0) eFirst = d;
            if (eLast == null || d.compareTo(eLast) > 0) eLast = d;
        }
        List<Count> byOutlet = outlets.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Count c) -> -c.count()).thenComparing(Count::name)).toList();
        return new CorpusFacts(in.articles().size(), outlets.size(), value(first), value(last), in.events().size(), value(eFirst),
                value(eLast), in.forces().size(), in.events().size() + in.forces().size(), byOutlet);
    }

    private List<ActorRow> actors() {
        Map<String, Integer> named = new HashMap<>();
        for (CodedEvent e : in.events()) {
            Set<String> ids = new HashSet<>();
            for (ActorMention m : e.source()) ids.add(m.actor().id());
            for (ActorMention m : e.target()) ids.add(m.actor().id());
            for (String id : ids) named.merge(id, 1, Integer::sum);
        }
        Map<String, Integer> claimed = new HashMap<>();
        for (ForceClaim f : in.forces()) claimed.merge(f.actor().actor().id(), 1, Integer::sum);
        List<ActorRow> out = new ArrayList<>();
        for (ActorRef a : alliance.actors()) {
            int n = named.getOrDefault(a.id(), 0), f = claimed.getOrDefault(a.id(), 0);
            if (n + f == 0) continue;
            out.add(new ActorRow(a.id(), a.name(), a.kind().label(), a.country(), a.origin().name().toLowerCase(Locale.ROOT), n, f));
        }
        out.sort(Comparator.comparing((ActorRow r) -> -r.events()).thenComparing(r -> -r.forceClaims()));
        return out.size() > ACTORS ? out.subList(0, ACTORS) : out;
    }

    private Alliances alliances() {
        List<BlocRow> blocs = new ArrayList<>();
        for (Bloc b : alliance.blocs(by)) {
            blocs.add(new BlocRow(b.period(), b.groups().stream().map(g -> g.stream().map(rows::name).toList()).toList()));
        }
        List<RelationRow> known = new ArrayList<>();
        List<Relation> fromEvents = new ArrayList<>();
        LocalDate[] span = eventSpan();
        List<Relation> relations = new ArrayList<>(alliance.relations());
        relations.sort(Comparator.comparingInt((Relation r) -> KNOWN_ORDER.indexOf(r.type())));
        for (Relation r : relations) {
            if (r.basis() == Relation.Basis.KNOWLEDGE) {
                if (span != null && !overlaps(r, span[0], span[1])) continue;
                String citation = r.citation();
                known.add(new RelationRow(r.a().name(), r.type().label(), r.b().name(), value(r.from()), value(r.to()), null, citation, false));
            } else {
                fromEvents.add(r);
            }
        }
        fromEvents.sort(Comparator.comparing((Relation r) -> -Math.abs(r.score())).thenComparing(r -> r.a().id()).thenComparing(r -> r.b().id()));
        List<RelationRow> scored = fromEvents.stream().limit(EVENT_RELATIONS)
                .map(r -> new RelationRow(r.a().name(), r.type().label(), r.b().name(), value(r.from()), value(r.to()), r.score(),
                        r.evidence().size() + (r.evidence().size() == 1 ? " event" : " events"), r.rolledUp()))
                .toList();
        return new Alliances(blocs, known, scored);
    }

    /** The first and last day the dated events cover, or null when none is dated. */
    private LocalDate[] eventSpan() {
        LocalDate first = null, last = null;
        for (CodedEvent e : in.events()) {
            if (e.date() == null) continue;
            if (first == null || e.date().value().start().isBefore(first)) first = e.date().value().start();
            if (last == null || e.date().value().end().isAfter(last)) last = e.date().value().end();
        }
        return first == null ? null : new LocalDate[]{first, last};
    }

    /** Whether the relation holds at some time between {@code first} and {@code last} (open ends hold). */
    private static boolean overlaps(Relation r, LocalDate first, LocalDate last) {
        return (r.to() == null || !r.to().end().isBefore(first)) && (r.from() == null || !r.from().start().isAfter(last));
    }

    private List<RuptureRow> ruptures(double alpha) {
        List<RuptureRow> out = new ArrayList<>();
        for (Rupture r : alliance.ruptures(by, alpha)) {
            List<EventRow> evidence = r.evidence().stream().map(events::get).filter(Objects::nonNull).map(rows::event).toList();
            out.add(new RuptureRow(rows.name(r.a()), rows.name(r.b()), r.period(), r.before(), r.after(), r.pValue(), evidence));
        }
        return out;
    }

    private Timeline timeline() {
        Map<String, int[]> counts = new TreeMap<>();
        LocalDate first = null, last = null;
        int undated = 0;
        List<CodedEvent> happened = new ArrayList<>();
        for (CodedEvent e : in.events()) {
            if (!e.modality().happened()) continue;
            if (e.date() == null) {
                undated++;
                continue;
            }
            happened.add(e);
            LocalDate d = e.date().value().start();
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
            counts.computeIfAbsent(by.period(d), k -> new int[2])[e.quad() <= 2 ? 0 : 1]++;
        }
        List<String> periods = first == null ? List.of() : periods(first, last);
        if (periods.size() > MAX_PERIODS) periods = new ArrayList<>(counts.keySet());
        List<PeriodCount> series = new ArrayList<>();
        for (String p : periods) {
            int[] c = counts.getOrDefault(p, new int[2]);
            series.add(new PeriodCount(p, c[0], c[1]));
        }
        Function<CodedEvent, Assessment> a = e -> in.assessments().get(e.id());
        Set<String> sentences = new HashSet<>();
        List<EventRow> credible = happened.stream()
                .sorted(Comparator.comparing((CodedEvent e) -> a.apply(e) == null ? 0 : -a.apply(e).score())
                        .thenComparing(e -> a.apply(e) == null ? 7 : a.apply(e).credibility())
                        .thenComparing(e -> e.date().value().start()).thenComparing(CodedEvent::id))
                .filter(e -> sentences.add(e.article().value() + "#" + e.sentence()))
                .limit(CREDIBLE_EVENTS).map(rows::event).toList();
        return new Timeline(series, undated, credible);
    }

    /** Every period from {@code first} to {@code last}, in order. */
    private List<String> periods(LocalDate first, LocalDate last) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = first.withDayOfMonth(1); !d.isAfter(last) && out.size() <= MAX_PERIODS; d = d.plusMonths(1)) {
            String p = by.period(d);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) out.add(p);
        }
        return out;
    }

    private List<MapPoint> located() {
        List<MapPoint> out = new ArrayList<>();
        for (CodedEvent e : in.events()) {
            if (e.place() == null || e.place().lat() == null) continue;
            out.add(new MapPoint(e.place().lat(), e.place().lon(), e.quad(), e.place().name(), rows.event(e)));
        }
        return out;
    }

    private Forces forces() {
        List<ForceRow> standings = new ArrayList<>();
        for (ForceStanding s : alliance.orderOfBattle(by)) {
            standings.add(new ForceRow(s.actor().name(), s.place() == null ? null : s.place().name(), s.period(), s.low(), s.high(),
                    s.claims().stream().map(forces::get).filter(Objects::nonNull).map(rows::force).toList()));
        }
        List<ContradictionRow> contradictions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ForceClaim f : in.forces()) {
            Assessment a = in.assessments().get(f.id());
            if (a == null) continue;
            for (Contradiction c : a.contradictions()) {
                ForceClaim other = forces.get(c.claim());
                if (other == null) continue;
                String key = f.id().compareTo(other.id()) < 0 ? f.id() + "\t" + other.id() : other.id() + "\t" + f.id();
                if (seen.add(key)) contradictions.add(new ContradictionRow(rows.describe(f), rows.describe(other), c.why()));
            }
        }
        return new Forces(standings, contradictions);
    }

    /** The pairs with most events between them (members' acts included), with their balance per period. */
    private List<DyadChart> dyads() {
        List<Relation> pairs = alliance.relations().stream().filter(r -> r.basis() == Relation.Basis.EVENTS)
                .sorted(Comparator.comparing((Relation r) -> -r.evidence().size()).thenComparing(r -> -Math.abs(r.score()))
                        .thenComparing(r -> r.a().id()).thenComparing(r -> r.b().id()))
                .toList();
        List<DyadChart> out = new ArrayList<>();
        for (Relation r : pairs) {
            if (out.size() == DYADS) break;
            alliance.dyad(r.a().id(), r.b().id(), by).ifPresent(d -> {
                List<DyadBar> bars = new ArrayList<>();
                for (DyadPoint pt : d.series()) bars.add(new DyadBar(pt.period(), pt.events(), pt.cooperation(), pt.conflict(), pt.balance()));
                if (!bars.isEmpty()) out.add(new DyadChart(d.a().name(), d.b().name(), r.evidence().size(), bars));
            });
        }
        return out;
    }

    private static String value(PartialDate d) {
        return d == null ? null : d.value();
    }
}
