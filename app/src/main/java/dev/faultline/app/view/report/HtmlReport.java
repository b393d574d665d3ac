package dev.faultline.app.view.report;

import dev.faultline.app.view.report.ReportModel.ActorRow;
import dev.faultline.app.view.report.ReportModel.BlocRow;
import dev.faultline.app.view.report.ReportModel.ContradictionRow;
import dev.faultline.app.view.report.ReportModel.CorpusFacts;
import dev.faultline.app.view.report.ReportModel.DyadChart;
import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.ForceClaimRow;
import dev.faultline.app.view.report.ReportModel.ForceRow;
import dev.faultline.app.view.report.ReportModel.RelationRow;
import dev.faultline.app.view.report.ReportModel.RuptureRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched (its
 * Content-Security-Policy forbids it too), so it opens offline and can be mailed as it is.
 */
public final class HtmlReport {
    /** The sections, in order: anchor and heading. */
    static final List<String[]> SECTIONS = List.of(new String[]{"corpus", "Corpus"}, new String[]{"actors", "Actors"},
            new String[]{"alliances", "Alliance structure"}, new String[]{"ruptures", "Ruptures"}, new String[]{"timeline", "Timeline"},
            new String[]{"map", "Map"}, new String[]{"forces", "Order of battle"}, new String[]{"dyads", "Dyads"});
    static final String[] QUADS = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

    private final ReportModel m;
    private final WorldAtlas atlas;
    private final Html h = new Html();

    private HtmlReport(ReportModel m, WorldAtlas atlas) {
        this.m = m;
        this.atlas = atlas;
    }

    /** The page, its map drawn on {@code atlas}'s outlines (or, without them, saying how to get them). */
    public static String render(ReportModel m, WorldAtlas atlas, LocalDate generated) {
        return new HtmlReport(m, atlas).page(generated);
    }

    private String page(LocalDate generated) {
        h.trusted("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; style-src 'unsafe-inline'").newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", "Faultline brief").newline()
                .open("style").trusted(css()).close("style").newline().close("head").newline().open("body").newline();
        h.open("header").element("h1", "Faultline brief")
                .element("p", ReportModel.subtitle(generated, m.by()), "class", "meta")
                .open("nav").open("ol");
        for (int i = 0; i < SECTIONS.size(); i++) {
            h.open("li").element("a", (i + 1) + ". " + SECTIONS.get(i)[1], "href", "#" + SECTIONS.get(i)[0]).close("li");
        }
        h.close("ol").close("nav").close("header").newline();
        corpus();
        actors();
        alliances();
        ruptures();
        timeline();
        map();
        forces();
        dyads();
        h.open("footer").element("p", ReportModel.SCALE, "class", "note").close("footer").newline();
        return h.close("body").newline().close("html").newline().toString();
    }

    private void section(int n) {
        String[] s = SECTIONS.get(n - 1);
        h.open("section", "id", s[0]).newline().element("h2", n + ". " + s[1]).newline();
    }

    private void end() {
        h.close("section").newline();
    }

    private void corpus() {
        section(1);
        CorpusFacts c = m.corpus();
        h.open("dl", "class", "facts");
        fact("Articles", Integer.toString(c.articles()));
        fact("Outlets", c.outlets() + (c.byOutlet().isEmpty() ? "" : ": " + c.byOutlet().stream()
                .map(o -> o.name() + " (" + o.count() + ")").collect(Collectors.joining(", "))));
        fact("Published", range(c.publishedFrom(), c.publishedTo()));
        fact("Events", c.events() + (c.eventsFrom() == null ? "" : ", dated " + range(c.eventsFrom(), c.eventsTo())));
        fact("Force claims", Integer.toString(c.forceClaims()));
        fact("Claims", c.claims() + " (events and force claims, each assessed)");
        h.close("dl");
        end();
    }

    private void fact(String term, String value) {
        h.element("dt", term).element("dd", value);
    }

    private void actors() {
        section(2);
        if (m.actors().isEmpty()) {
            note("No actors: run `faultline analyze` on some reports first.");
        } else {
            table("The principal actors, most active first: events that name them, and claims of their forces.",
                    List.of("Actor", "Kind", "Country", "Origin", "#Events", "#Force claims"));
            for (ActorRow a : m.actors()) {
                h.open("tr").open("td").text(a.name()).element("span", " (" + a.id() + ")", "class", "note").close("td")
                        .element("td", a.kind()).element("td", dash(a.country())).element("td", a.origin());
                num(a.events());
                num(a.forceClaims());
                h.close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        end();
    }

    private void alliances() {
        section(3);
        BlocRow latest = m.alliances().latest();
        h.element("h3", latest == null ? "Blocs" : "Blocs of the latest period, " + latest.period());
        if (latest == null) {
            note("No blocs: no period has acts between principal actors.");
        } else {
            groups(latest);
            table("Blocs per period: who clusters with whom (cooperation within, conflict between).", List.of("Period", "Blocs"));
            for (BlocRow b : m.alliances().blocs()) {
                h.open("tr").element("td", b.period(), "class", "date").open("td");
                groups(b);
                h.close("td").close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        h.element("h3", "Key relations from the knowledge base");
        if (m.alliances().known().isEmpty()) {
            note("The knowledge base ties none of the corpus's actors together.");
        } else {
            table("Command, leadership, membership, backing, proxies, alliance and enmity between the corpus's actors, "
                    + "as the knowledge base has them while its events happened.",
                    List.of("Actor", "Relation", "Actor", "From", "To", "Source"));
            for (RelationRow r : m.alliances().known()) {
                h.open("tr").element("td", r.a()).open("td").element("strong", r.type()).close("td").element("td", r.b())
                        .element("td", dash(r.from()), "class", "date").element("td", dash(r.to()), "class", "date").element("td", r.evidence(), "class", "note")
                        .close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        h.element("h3", "Relations from events");
        if (m.alliances().fromEvents().isEmpty()) {
            note("No pair of actors has events between them.");
        } else {
            table("Allies and hostile pairs by the weighted balance of their events, strongest first; * counts members' acts.",
                    List.of("Actor", "Relation", "Actor", "Period", "Score", "Evidence"));
            for (RelationRow r : m.alliances().fromEvents()) {
                h.open("tr").element("td", r.a()).open("td").element("strong", r.type() + (r.rolledUp() ? "*" : "")).close("td")
                        .element("td", r.b()).element("td", range(r.from(), r.to()), "class", "date");
                h.open("td", "class", "num").number(r.score(), 2).close("td").element("td", r.evidence()).close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        end();
    }

    private void groups(BlocRow b) {
        h.open("div");
        for (List<String> g : b.groups()) h.element("span", String.join(" · ", g), "class", "bloc");
        h.close("div");
    }

    private void ruptures() {
        section(4);
        if (m.ruptures().isEmpty()) {
            note("No pair's relation turned against its own baseline more sharply than chance allows.");
        }
        for (RuptureRow r : m.ruptures()) {
            h.open("div", "class", "rupture").element("h3", r.a() + " and " + r.b() + ", from " + r.period())
                    .open("p").text("Mean weighted score before ").number(r.before(), 2).text(", after ").number(r.after(), 2)
                    .text("; p = ").number(r.pValue(), 3).text(" (how often chance gives so large a turn).").close("p");
            events("The events that drove it.", r.evidence());
            h.close("div").newline();
        }
        end();
    }

    private void events(String caption, List<EventRow> rows) {
        table(caption, List.of("Date", "Event", "Sentence", "Place", "Source", "Credibility"));
        for (EventRow e : rows) {
            h.open("tr").element("td", dash(e.date()), "class", "date").open("td").element("strong", e.type()).trusted(" ").text(e.dyad());
            if (!"asserted".equals(e.modality())) h.element("div", e.modality(), "class", "note");
            h.close("td").element("td", e.sentence(), "class", "sentence").element("td", dash(e.place()))
                    .open("td").text(dash(e.outlet()));
            String cited = e.chain();
            if (cited != null) h.element("div", "citing " + cited, "class", "note");
            h.close("td").open("td");
            credibility(e.credibility(), e.credibilityLabel());
            if (!e.reasons().isEmpty()) {
                h.open("details").element("summary", "why").open("ul", "class", "reasons");
                for (String reason : e.reasons()) h.element("li", reason);
                h.close("ul").close("details");
            }
            h.close("td").close("tr").newline();
        }
        h.close("tbody").close("table");
    }

    private void credibility(int level, String label) {
        h.element("span", level == 0 ? "-" : Integer.toString(level), "class", "cred c" + level, "title", label).trusted(" ").text(label);
    }

    private void timeline() {
        section(5);
        var t = m.timeline();
        if (t.periods().isEmpty()) {
            note("No dated events said to have happened.");
        } else {
            h.element("p", "Events said to have happened, per " + m.by() + (t.undated() > 0 ? " (" + t.undated() + " undated left out)" : "")
                    + ".", "class", "note");
            h.markup(SvgCharts.timeline(t.periods()));
            h.open("p", "class", "legend").open("span").open("i", "class", "cooperation").close("i").text("cooperation").close("span")
                    .open("span").open("i", "class", "conflict").close("i").text("conflict").close("span").close("p").newline();
        }
        h.element("h3", "Most credible events");
        if (t.mostCredible().isEmpty()) {
            note("None.");
        } else {
            events("The events said to have happened that the corpus best supports, one per sentence.", t.mostCredible());
        }
        end();
    }

    private void map() {
        section(6);
        if (m.located().isEmpty()) {
            note("No event has coordinates (places resolve with the gazetteer: see scripts/fetch-gazetteer.sh).");
            end();
            return;
        }
        if (atlas.problem() != null) {
            h.open("p", "class", "problem").text("The country outlines are missing, so the events are drawn on a bare grid: "
                    + atlas.problem() + ". To get them, run ").element("code", "bash " + WorldAtlas.SCRIPT)
                    .text(" and make the report again.").close("p");
        }
        h.element("p", m.located().size() + " located events" + (m.unlocated() > 0 ? "; " + m.unlocated() + " without coordinates" : "")
                + ". Hover over a point for the event.", "class", "note");
        h.markup(SvgMap.render(atlas.outlines(), m.located()));
        h.open("p", "class", "legend");
        for (int q = 1; q <= 4; q++) h.open("span").open("i", "class", "q" + q).close("i").text(QUADS[q - 1]).close("span");
        h.close("p");
        if (atlas.problem() == null) h.element("p", "Country outlines: Natural Earth (public domain), via world-atlas.", "class", "note");
        end();
    }

    private void forces() {
        section(7);
        if (m.forces().standings().isEmpty()) {
            note("No force claims.");
        } else {
            table("Forces per actor, place and period, as claimed; the claims with their sources and credibility.",
                    List.of("Actor", "Place", "Period", "Personnel", "Claims"));
            for (ForceRow f : m.forces().standings()) {
                h.open("tr").element("td", f.actor()).element("td", dash(f.place())).element("td", f.period(), "class", "date")
                        .element("td", f.low() == f.high() ? count(f.low()) : count(f.low()) + "–" + count(f.high()), "class", "num")
                        .open("td").open("ul", "class", "reasons");
                for (ForceClaimRow c : f.claims()) {
                    String cited = c.chain();
                    h.open("li").element("strong", c.figure()).text(" “" + c.words() + "”, " + dash(c.date()) + ", " + dash(c.outlet())
                            + (cited == null ? "" : " citing " + cited) + " ");
                    credibility(c.credibility(), c.credibilityLabel());
                    h.close("li");
                }
                h.close("ul").close("td").close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        h.element("h3", "Contradictions between figures");
        if (m.forces().contradictions().isEmpty()) {
            note("No figures contradict each other.");
        } else {
            table("Force claims that disagree.", List.of("Claim", "Contradicts", "Why"));
            for (ContradictionRow c : m.forces().contradictions()) {
                h.open("tr").element("td", c.claim()).element("td", c.other()).element("td", c.why()).close("tr").newline();
            }
            h.close("tbody").close("table");
        }
        end();
    }

    private void dyads() {
        section(8);
        if (m.dyads().isEmpty()) {
            note("No pair of actors has dated events between them.");
        } else {
            h.element("p", "The pairs with most events: balance per " + m.by() + " (above the line cooperation outweighs, below conflict; "
                    + "members' acts included).", "class", "note");
            List<String> axis = m.timeline().periods().stream().map(p -> p.period()).toList();
            h.open("div", "class", "dyads");
            for (DyadChart d : m.dyads()) {
                h.open("figure").element("figcaption", d.a() + " – " + d.b() + " (" + d.events() + (d.events() == 1 ? " event" : " events") + ")")
                        .markup(SvgCharts.balance(d.series(), axis)).close("figure").newline();
            }
            h.close("div");
        }
        end();
    }

    private void table(String caption, List<String> headers) {
        h.open("table").element("caption", caption).open("thead").open("tr");
        for (String head : headers) {
            if (head.startsWith("#")) h.element("th", head.substring(1), "class", "num");
            else h.element("th", head);
        }
        h.close("tr").close("thead").open("tbody").newline();
    }

    private void num(long n) {
        h.element("td", Long.toString(n), "class", "num");
    }

    private void note(String text) {
        h.element("p", text, "class", "note");
    }

    /** The chain of attribution past the outlet ("Bloomberg > American military officials"), or null when it names nobody else. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String range(String from, String to) {
        if (from == null && to == null) return "-";
        if (from != null && from.equals(to)) return from;
        return dash(from) + " to " + dash(to);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
