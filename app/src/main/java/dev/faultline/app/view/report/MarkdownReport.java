package dev.faultline.app.view.report;

import dev.faultline.app.view.report.ReportModel.ActorRow;
import dev.faultline.app.view.report.ReportModel.BlocRow;
import dev.faultline.app.view.report.ReportModel.ContradictionRow;
import dev.faultline.app.view.report.ReportModel.CorpusFacts;
import dev.faultline.app.view.report.ReportModel.DyadBar;
import dev.faultline.app.view.report.ReportModel.DyadChart;
import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.ForceRow;
import dev.faultline.app.view.report.ReportModel.MapPoint;
import dev.faultline.app.view.report.ReportModel.PeriodCount;
import dev.faultline.app.view.report.ReportModel.RelationRow;
import dev.faultline.app.view.report.ReportModel.RuptureRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as Markdown, for pasting into notes: the HTML report's sections as tables and lists,
 * without the map (its places as a table) and with the charts as small tables. Untrusted text is
 * escaped with {@link Markdown#escape}.
 */
public final class MarkdownReport {
    private static final String NONE = "–";
    private final ReportModel m;
    private final StringBuilder sb = new StringBuilder();

    private MarkdownReport(ReportModel m) {
        this.m = m;
    }

    public static String render(ReportModel m, LocalDate generated) {
        return new MarkdownReport(m).page(generated);
    }

    private String page(LocalDate generated) {
        line("# Faultline brief");
        line("");
        line("_" + ReportModel.subtitle(generated, m.by()) + "_");
        corpus();
        actors();
        alliances();
        ruptures();
        timeline();
        map();
        forces();
        dyads();
        line("");
        line("_" + ReportModel.SCALE + "_");
        return sb.toString();
    }

    private void section(int n) {
        line("");
        line("## " + n + ". " + HtmlReport.SECTIONS.get(n - 1)[1]);
        line("");
    }

    private void corpus() {
        section(1);
        CorpusFacts c = m.corpus();
        header("Fact", "Value");
        row("Articles", Integer.toString(c.articles()));
        row("Outlets", c.outlets() + (c.byOutlet().isEmpty() ? "" : ": " + c.byOutlet().stream()
                .map(o -> Markdown.escape(o.name()) + " (" + o.count() + ")").collect(Collectors.joining(", "))));
        row("Published", range(c.publishedFrom(), c.publishedTo()));
        row("Events", c.events() + (c.eventsFrom() == null ? "" : ", dated " + range(c.eventsFrom(), c.eventsTo())));
        row("Force claims", Integer.toString(c.forceClaims()));
        row("Claims", c.claims() + " (events and force claims, each assessed)");
    }

    private void actors() {
        section(2);
        if (m.actors().isEmpty()) {
            line("No actors.");
            return;
        }
        line("The principal actors, most active first.");
        line("");
        header("Actor", "Id", "Kind", "Country", "Origin", "Events", "Force claims");
        for (ActorRow a : m.actors()) {
            row(cell(a.name()), cell(a.id()), cell(a.kind()), cell(a.country()), cell(a.origin()), Integer.toString(a.events()),
                    Integer.toString(a.forceClaims()));
        }
    }

    private void alliances() {
        section(3);
        BlocRow latest = m.alliances().latest();
        if (latest == null) {
            line("No blocs: no period has acts between principal actors.");
        } else {
            line("### Blocs of the latest period, " + Markdown.escape(latest.period()));
            line("");
            int i = 1;
            for (List<String> g : latest.groups()) line("- Bloc " + i++ + ": " + group(g));
            line("");
            line("### Blocs per period");
            line("");
            header("Period", "Blocs");
            for (BlocRow b : m.alliances().blocs()) {
                row(cell(b.period()), b.groups().stream().map(MarkdownReport::group).collect(Collectors.joining(" ‖ ")));
            }
        }
        line("");
        line("### Key relations from the knowledge base");
        line("");
        if (m.alliances().known().isEmpty()) {
            line("None between the corpus's actors.");
        } else {
            line("Between the corpus's actors, as the knowledge base has them while its events happened.");
            line("");
            header("Actor", "Relation", "Actor", "From", "To", "Source");
            for (RelationRow r : m.alliances().known()) {
                row(cell(r.a()), "**" + cell(r.type()) + "**", cell(r.b()), cell(r.from()), cell(r.to()), cell(r.evidence()));
            }
        }
        line("");
        line("### Relations from events");
        line("");
        if (m.alliances().fromEvents().isEmpty()) {
            line("None.");
        } else {
            line("Strongest first; \\* counts members' acts.");
            line("");
            header("Actor", "Relation", "Actor", "Period", "Score", "Evidence");
            for (RelationRow r : m.alliances().fromEvents()) {
                row(cell(r.a()), "**" + cell(r.type()) + "**" + (r.rolledUp() ? "\\*" : ""), cell(r.b()), range(r.from(), r.to()),
                        Html.format(r.score(), 2), cell(r.evidence()));
            }
        }
    }

    /** "Reuters citing a senior Israeli official", "Reuters", or "–". */
    private static String source(String chain, String outlet) {
        String cited = chain;
        if (outlet == null || outlet.isBlank()) return cited == null ? NONE : Markdown.escape(cited);
        return Markdown.escape(outlet) + (cited == null ? "" : " citing " + Markdown.escape(cited));
    }

    private static String group(List<String> g) {
        return g.stream().map(Markdown::escape).collect(Collectors.joining(" · "));
    }

    private void ruptures() {
        section(4);
        if (m.ruptures().isEmpty()) {
            line("No pair's relation turned against its own baseline more sharply than chance allows.");
            return;
        }
        for (RuptureRow r : m.ruptures()) {
            line("### " + Markdown.escape(r.a()) + " and " + Markdown.escape(r.b()) + ", from " + Markdown.escape(r.period()));
            line("");
            line("Mean weighted score before " + Html.format(r.before(), 2) + ", after " + Html.format(r.after(), 2) + "; p = "
                    + Html.format(r.pValue(), 3) + ".");
            line("");
            events(r.evidence());
            line("");
        }
    }

    private void events(List<EventRow> rows) {
        header("Date", "Event", "Sentence", "Place", "Source", "Credibility");
        for (EventRow e : rows) {
            String event = "**" + cell(e.type()) + "** " + Markdown.escape(e.dyad())
                    + ("asserted".equals(e.modality()) ? "" : " (" + Markdown.escape(e.modality()) + ")");
            String source = source(e.chain(), e.outlet());
            String cred = (e.credibility() == 0 ? NONE : Integer.toString(e.credibility())) + " " + Markdown.escape(e.credibilityLabel())
                    + (e.reasons().isEmpty() ? "" : ": " + e.reasons().stream().map(Markdown::escape).collect(Collectors.joining("; ")));
            row(cell(e.date()), event, "_" + cell(e.sentence()) + "_", cell(e.place()), source, cred);
        }
    }

    private void timeline() {
        section(5);
        List<PeriodCount> periods = m.timeline().periods();
        if (periods.isEmpty()) {
            line("No dated events said to have happened.");
        } else {
            line("Events said to have happened, per " + m.by()
                    + (m.timeline().undated() > 0 ? " (" + m.timeline().undated() + " undated left out)" : "") + ".");
            line("");
            int max = Math.max(1, periods.stream().mapToInt(PeriodCount::total).max().orElse(1));
            header("Period", "Cooperation", "Conflict", "Total", "Chart");
            for (PeriodCount p : periods) {
                row(cell(p.period()), Integer.toString(p.cooperation()), Integer.toString(p.conflict()), Integer.toString(p.total()),
                        bar("▓", p.cooperation(), max) + bar("░", p.conflict(), max));
            }
        }
        line("");
        line("### Most credible events");
        line("");
        if (m.timeline().mostCredible().isEmpty()) {
            line("None.");
        } else {
            line("The events said to have happened that the corpus best supports, one per sentence.");
            line("");
            events(m.timeline().mostCredible());
        }
    }

    private static String bar(String glyph, int n, int max) {
        return glyph.repeat((int) Math.round(20.0 * n / max));
    }

    private void map() {
        section(6);
        line("The map is drawn in the HTML report (`faultline report --out FILE.html`). " + m.located().size() + " located events"
                + (m.unlocated() > 0 ? ", " + m.unlocated() + " without coordinates" : "") + ".");
        if (m.located().isEmpty()) return;
        Map<String, List<MapPoint>> byPlace = new LinkedHashMap<>();
        for (MapPoint p : m.located()) byPlace.computeIfAbsent(p.place(), k -> new ArrayList<>()).add(p);
        line("");
        header("Place", "Latitude", "Longitude", "Events", "Cooperation", "Conflict");
        byPlace.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<MapPoint>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey)).forEach(e -> {
                    MapPoint first = e.getValue().get(0);
                    long coop = e.getValue().stream().filter(p -> p.quad() <= 2).count();
                    row(cell(e.getKey()), Html.format(first.lat(), 2), Html.format(first.lon(), 2), Integer.toString(e.getValue().size()),
                            Long.toString(coop), Long.toString(e.getValue().size() - coop));
                });
    }

    private void forces() {
        section(7);
        if (m.forces().standings().isEmpty()) {
            line("No force claims.");
        } else {
            header("Actor", "Place", "Period", "Personnel", "Claims");
            for (ForceRow f : m.forces().standings()) {
                String claims = f.claims().stream().map(c -> "**" + Markdown.escape(c.figure()) + "** “" + Markdown.escape(c.words()) + "”, "
                        + cell(c.date()) + ", " + source(c.chain(), c.outlet()) + ", credibility "
                        + (c.credibility() == 0 ? NONE : Integer.toString(c.credibility())) + " (" + Markdown.escape(c.credibilityLabel()) + ")")
                        .collect(Collectors.joining("; "));
                row(cell(f.actor()), cell(f.place()), cell(f.period()),
                        f.low() == f.high() ? count(f.low()) : count(f.low()) + "–" + count(f.high()), claims);
            }
        }
        line("");
        line("### Contradictions between figures");
        line("");
        if (m.forces().contradictions().isEmpty()) {
            line("No figures contradict each other.");
        } else {
            header("Claim", "Contradicts", "Why");
            for (ContradictionRow c : m.forces().contradictions()) row(cell(c.claim()), cell(c.other()), cell(c.why()));
        }
    }

    private void dyads() {
        section(8);
        if (m.dyads().isEmpty()) {
            line("No pair of actors has dated events between them.");
            return;
        }
        line("The pairs with most events: balance per " + m.by() + " (positive: cooperation outweighs; members' acts included).");
        for (DyadChart d : m.dyads()) {
            line("");
            line("### " + Markdown.escape(d.a()) + " – " + Markdown.escape(d.b()) + " (" + d.events() + (d.events() == 1 ? " event" : " events") + ")");
            line("");
            header("Period", "Events", "Cooperation", "Conflict", "Balance");
            for (DyadBar b : d.series()) {
                row(cell(b.period()), Integer.toString(b.events()), Html.format(b.cooperation(), 2), Html.format(b.conflict(), 2),
                        Html.format(b.balance(), 2));
            }
        }
    }

    private void header(String... names) {
        row(names);
        line("|" + " --- |".repeat(names.length));
    }

    /** A table row; the cells must already be escaped. */
    private void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    private void line(String s) {
        sb.append(s).append('\n');
    }

    private static String cell(String untrusted) {
        return untrusted == null || untrusted.isBlank() ? NONE : Markdown.escape(untrusted);
    }

    private static String range(String from, String to) {
        if (from == null && to == null) return NONE;
        if (from != null && from.equals(to)) return cell(from);
        return cell(from) + " to " + cell(to);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
