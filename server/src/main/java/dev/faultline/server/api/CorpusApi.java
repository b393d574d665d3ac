package dev.faultline.server.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.export.Gdelt;
import dev.faultline.app.view.export.GeoJson;
import dev.faultline.app.view.export.GraphMl;
import dev.faultline.app.view.export.Lines;
import dev.faultline.app.view.export.PloverJson;
import dev.faultline.app.view.export.Tables;
import dev.faultline.app.view.json.ArticleJson;
import dev.faultline.app.view.json.ClaimJson;
import dev.faultline.app.view.json.ForceJson;
import dev.faultline.app.view.report.HtmlReport;
import dev.faultline.app.view.report.MarkdownReport;
import dev.faultline.app.view.report.ReportBuilder;
import dev.faultline.app.view.report.ReportModel;
import dev.faultline.app.view.report.WorldAtlas;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.store.ArticleInfo;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The corpus's own endpoints: status, articles, claims, forces, exports, the report and the world's outlines. */
public final class CorpusApi {
    /** Each export the API offers: the file name {@code faultline export} gives it and its media type. */
    record Download(String file, String type) {}

    static final Map<String, Download> EXPORTS = Map.of(
            "events.csv", new Download("events.csv", "text/csv; charset=utf-8"),
            "events.jsonl", new Download("events.jsonl", "application/x-ndjson; charset=utf-8"),
            "geojson", new Download("events.geojson", "application/geo+json; charset=utf-8"),
            "gdelt", new Download("events.gdelt.tsv", "text/tab-separated-values; charset=utf-8"),
            "plover", new Download("events.plover.jsonl", "application/x-ndjson; charset=utf-8"),
            "graphml", new Download("relations.graphml", "application/graphml+xml; charset=utf-8"));

    private final Corpus corpus;
    private final String version;

    public CorpusApi(Corpus corpus, String version) {
        this.corpus = corpus;
        this.version = version;
    }

    public void status(Context ctx) {
        CorpusModel m = corpus.now().model();
        ctx.json(JsonNodeFactory.instance.objectNode().put("version", version).put("articles", m.articleCount())
                .put("events", m.events().size()).put("actors", m.actorSummaries().size()).put("store", corpus.store().describe())
                .put("revision", m.revision()));
    }

    public void articles(Context ctx) {
        Params p = new Params(ctx);
        String outlet = p.text("outlet");
        String q = p.text("q");
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<ArticleInfo> rows = corpus.now().model().articles().stream()
                .filter(a -> outlet == null || outlet.equalsIgnoreCase(String.valueOf(a.outlet())))
                .filter(a -> needle == null || (a.title() != null && a.title().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        ctx.json(Paging.page(rows, p, Paging.DEFAULT_LIMIT, a -> a.id().value(), CorpusApi::listing));
    }

    /** An article's listing row: the contract's article row less {@code text}, {@code problems} and {@code dropped}. */
    static ObjectNode listing(ArticleInfo a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", ArticleJson.SCHEMA).put("id", a.id().value()).put("title", a.title()).put("outlet", a.outlet()).put("url", a.url())
                .put("path", a.source().path()).put("format", a.source().format().name().toLowerCase(Locale.ROOT))
                .put("item", a.source().item());
        if (a.published() == null) {
            o.putNull("published");
        } else {
            o.putObject("published").put("value", a.published().date().value()).put("precision", a.published().date().precision().label())
                    .put("estimated", a.published().estimated());
        }
        o.put("language", a.language()).put("duplicate_of", a.duplicateOf() == null ? null : a.duplicateOf().value());
        return o;
    }

    public void article(Context ctx) {
        String id = new Params(ctx).pathId("id");
        if (!id.matches("[0-9a-f]{16}")) throw ApiError.notFound("no article '" + id + "'");
        ctx.json(ArticleJson.of(corpus.store().article(new ArticleId(id)).orElseThrow(() -> ApiError.notFound("no article '" + id + "'"))));
    }

    /** One claim of either kind, for the listing's order. */
    private record Line(String id, ArticleId article, int begin, EventDate date, CodedEvent event, ForceClaim force) {
        static final Comparator<Line> ORDER = Comparator
                .comparing((Line l) -> l.date == null ? null : l.date.value().start(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(l -> l.article.value()).thenComparingInt(Line::begin).thenComparing(Line::id);
    }

    /** Claim rows ({@code faultline claims --format jsonl}), by date; {@code kind} and {@code min_credibility} filter. */
    public void claims(Context ctx) {
        Params p = new Params(ctx);
        String kind = p.choice("kind", List.of("event", "force"), null);
        int min = p.integer("min_credibility", 1, 6, 6);
        CorpusModel m = corpus.now().model();
        List<Line> lines = new ArrayList<>();
        if (!"force".equals(kind)) for (CodedEvent e : m.events()) lines.add(new Line(e.id(), e.article(), e.begin(), e.date(), e, null));
        if (!"event".equals(kind)) for (ForceClaim f : m.forces()) lines.add(new Line(f.id(), f.article(), f.begin(), f.date(), null, f));
        lines.removeIf(l -> m.assessment(l.id) == null || m.assessment(l.id).credibility() > min);
        lines.sort(Line.ORDER);
        ctx.json(Paging.page(lines, p, Paging.DEFAULT_LIMIT, Line::id, l -> l.event != null
                ? ClaimJson.event(l.event, m.article(l.article), m.assessment(l.id))
                : ClaimJson.force(l.force, m.article(l.article), m.assessment(l.id))));
    }

    /** Force rows ({@code faultline forces ACTOR --format jsonl}) of the actor and of all that belongs to it. */
    public void forces(Context ctx) {
        Params p = new Params(ctx);
        String actor = p.id("actor");
        if (actor == null) throw ApiError.badRequest("forces needs actor=ID");
        CorpusModel m = corpus.now().model();
        List<ForceClaim> rows = forcesOf(m, actor);
        ctx.json(Paging.page(rows, p, Paging.MAX_LIMIT, ForceClaim::id, f -> ForceJson.of(f, m.outlet(f.article()), m.assessment(f.id()))));
    }

    static List<ForceClaim> forcesOf(CorpusModel m, String actor) {
        return m.forces().stream().filter(f -> EventFilter.belongs(f.actor().actor(), actor)).toList();
    }

    /** One export, streamed, under the name {@code faultline export} gives the file. */
    public void export(Context ctx) {
        String format = ctx.pathParam("format");
        Download d = EXPORTS.get(format);
        if (d == null) throw ApiError.notFound("no export '" + Params.checkId("format", format) + "': " + String.join(", ", new java.util.TreeSet<>(EXPORTS.keySet())));
        CorpusModel m = corpus.now().model();
        ctx.contentType(d.type());
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.file() + "\"");
        try (Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(w)) {
            switch (format) {
                case "events.csv" -> Tables.events(m, out);
                case "events.jsonl" -> Lines.events(m, out);
                case "geojson" -> GeoJson.write(m, out);
                case "gdelt" -> Gdelt.write(m, Instant.now(), out);
                case "plover" -> PloverJson.write(m, out);
                case "graphml" -> GraphMl.write(m.alliance(), m.events(), out);
                default -> throw new IllegalStateException(format);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format + " export", e);
        }
    }

    /**
     * The brief ({@code faultline report}): HTML, a self-contained page with inline CSS and no script, served under a
     * policy of its own that allows its inline styles and nothing else; or Markdown.
     */
    public void report(Context ctx) {
        Params p = new Params(ctx);
        String format = p.choice("format", List.of("html", "md"), "html");
        double alpha = p.number("alpha", 0.0001, 1.0, 0.2);
        ReportModel report = ReportBuilder.build(corpus.now().model(), p.by(dev.faultline.domain.relation.Granularity.MONTH), alpha);
        if (format.equals("md")) {
            ctx.contentType("text/markdown; charset=utf-8").result(MarkdownReport.render(report, LocalDate.now()));
        } else {
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            ctx.contentType("text/html; charset=utf-8").result(HtmlReport.render(report, WorldAtlas.load(WorldAtlas.defaultFile()), LocalDate.now()));
        }
    }

    /** Natural Earth's country outlines (TopoJSON) from the cache {@code scripts/fetch-world-atlas.sh} fills, or 404. */
    public void world(Context ctx) throws IOException {
        Path file = WorldAtlas.defaultFile();
        if (!Files.isRegularFile(file)) throw ApiError.notFound("no country outlines; run " + WorldAtlas.SCRIPT + " on the server");
        ctx.contentType("application/json").header("Cache-Control", "max-age=86400").result(Files.newInputStream(file));
    }
}
