package dev.faultline.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.json.ActorJson;
import dev.faultline.app.view.json.ForceJson;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Bloc;
import dev.faultline.domain.relation.DyadSeries;
import dev.faultline.domain.relation.Granularity;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.domain.relation.Rupture;
import dev.faultline.relations.AllianceModel;
import dev.faultline.store.Store.ActorSummary;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The actors and the alliance model: listings and one actor's page, relations (as of a date), dyads, ruptures, blocs,
 * the order of battle, and the two views the UI draws from them, the timeline and the network. Rows are the CLI's
 * {@code --format jsonl} rows; the aggregates say in their own fields what they count.
 */
public final class AllianceApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final double DEFAULT_ALPHA = 0.2;

    private final Corpus corpus;

    public AllianceApi(Corpus corpus) {
        this.corpus = corpus;
    }

    // ---- actors -------------------------------------------------------------------------------------------------

    /** Actor listing rows ({@code faultline actors --format jsonl}), most mentioned first; {@code q} matches id, name or a spelling. */
    public void actors(Context ctx) {
        Params p = new Params(ctx);
        String q = p.text("q");
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<ActorSummary> all = corpus.now().model().actorSummaries();
        List<ActorSummary> rows = needle == null ? all : all.stream().filter(a -> matches(a, needle)).toList();
        ctx.json(Paging.page(rows, p, Paging.DEFAULT_LIMIT, a -> a.actor().id(), ActorJson::listing));
    }

    private static boolean matches(ActorSummary a, String needle) {
        if (a.actor().id().contains(needle)) return true;
        if (a.actor().name() != null && a.actor().name().toLowerCase(Locale.ROOT).contains(needle)) return true;
        return a.spellings().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** One actor's page: its listing row, lineage, offices, relations, allies and enemies per year, force claims. */
    public void actor(Context ctx) {
        String id = new Params(ctx).pathId("id");
        Corpus.Indexed now = corpus.now();
        CorpusModel m = now.model();
        AllianceModel alliance = m.alliance();
        List<ActorSummary> all = now.memo("actors", m::actors);
        ActorSummary s = all.stream().filter(a -> a.actor().id().equals(id)).findFirst()
                .or(() -> alliance.actor(id).map(r -> new ActorSummary(r, 0, 0, List.of())))
                .orElseThrow(() -> ApiError.notFound("no actor '" + id + "' in the analysed reports"));
        ObjectNode o = ActorJson.listing(s);
        o.set("aliases", strings(new ArrayList<>(new LinkedHashSet<>(s.spellings()))));
        ArrayNode lineage = o.putArray("lineage");
        for (String l : s.actor().lineage()) {
            lineage.add(alliance.actor(l).map(r -> (com.fasterxml.jackson.databind.JsonNode) ActorJson.reference(r, null))
                    .orElseGet(() -> F.objectNode().put("id", l).put("name", l)));
        }
        List<Relation> touching = alliance.relations().stream().filter(r -> r.a().id().equals(id) || r.b().id().equals(id)).toList();
        ArrayNode offices = o.putArray("offices");
        for (Relation r : touching) {
            if (r.basis() != Relation.Basis.KNOWLEDGE || r.a().kind() != ActorKind.PERSON) continue;
            if (r.type() != RelationType.LEADS && r.type() != RelationType.COMMANDS) continue;
            ObjectNode office = offices.addObject().put("office", r.type().label() + " " + (r.b().name() == null ? r.b().id() : r.b().name()));
            office.set("holder", ActorJson.reference(r.a(), null));
            office.set("of", ActorJson.reference(r.b(), null));
            office.put("from", value(r.from())).put("to", value(r.to())).put("citation", r.citation());
        }
        ArrayNode relations = o.putArray("relations");
        touching.forEach(r -> relations.add(RelationJson.relation(r)));
        ArrayNode overTime = o.putArray("allies_over_time");
        for (Bloc b : now.<List<Bloc>>memo("blocs:year", () -> alliance.blocs(Granularity.YEAR))) {
            List<String> allies = b.groups().stream().filter(g -> g.contains(id)).findFirst().orElse(List.of()).stream()
                    .filter(a -> !a.equals(id)).toList();
            Set<String> enemies = new LinkedHashSet<>();
            for (Relation r : touching) {
                if (r.type() == RelationType.HOSTILE && Periods.overlaps(r.from(), r.to(), PartialDate.parse(b.period()).orElse(null),
                        PartialDate.parse(b.period()).orElse(null))) {
                    enemies.add(r.a().id().equals(id) ? r.b().id() : r.a().id());
                }
            }
            ObjectNode y = overTime.addObject().put("period", b.period());
            y.set("allies", strings(allies));
            y.set("enemies", strings(new ArrayList<>(enemies)));
        }
        ArrayNode forces = o.putArray("forces");
        for (ForceClaim f : CorpusApi.forcesOf(m, id)) forces.add(ForceJson.of(f, m.outlet(f.article()), m.assessment(f.id())));
        o.put("events_url", "/api/events?actor=" + id);
        ctx.json(o);
    }

    // ---- the alliance model's rows ------------------------------------------------------------------------------

    /**
     * Relation rows; {@code as_of} keeps the knowledge base's ties in force that day and the event relations that had
     * begun by then; {@code type} and {@code actor} filter.
     */
    public void relations(Context ctx) {
        Params p = new Params(ctx);
        PartialDate asOf = p.date("as_of");
        String type = p.text("type");
        RelationType t = type == null ? null : parseType(type);
        String actor = p.id("actor");
        List<Relation> rows = corpus.now().model().alliance().relations().stream()
                .filter(r -> asOf == null || inForce(r, asOf))
                .filter(r -> t == null || r.type() == t)
                .filter(r -> actor == null || r.a().id().equals(actor) || r.b().id().equals(actor))
                .toList();
        ctx.json(Paging.page(rows, p, Paging.MAX_LIMIT, r -> r.type().label() + "|" + r.a().id() + "|" + r.b().id() + "|" + value(r.from()),
                RelationJson::relation));
    }

    private static RelationType parseType(String type) {
        for (RelationType r : RelationType.values()) if (r.label().equals(type)) return r;
        throw ApiError.badRequest("type names no relation type: " + type);
    }

    private static boolean inForce(Relation r, PartialDate asOf) {
        if (r.basis() == Relation.Basis.EVENTS) return r.from() == null || !r.from().start().isAfter(asOf.end());
        return Periods.overlaps(r.from(), r.to(), asOf, asOf);
    }

    public void dyad(Context ctx) {
        Params p = new Params(ctx);
        String a = p.pathId("a");
        String b = p.pathId("b");
        Granularity by = p.by(Granularity.MONTH);
        AllianceModel alliance = corpus.now().model().alliance();
        for (String id : List.of(a, b)) if (alliance.actor(id).isEmpty()) throw ApiError.notFound("no actor '" + id + "' in the analysed reports");
        DyadSeries d = alliance.dyad(a, b, by).orElseThrow(() -> ApiError.badRequest("a dyad needs two different actors"));
        ctx.json(RelationJson.dyad(d));
    }

    public void ruptures(Context ctx) {
        Params p = new Params(ctx);
        Granularity by = p.by(Granularity.MONTH);
        double alpha = p.number("alpha", 0.0001, 1.0, DEFAULT_ALPHA);
        List<Rupture> rows = ruptures(corpus.now(), by, alpha);
        ctx.json(Paging.page(rows, p, Paging.MAX_LIMIT, r -> r.a().id() + "|" + r.b().id() + "|" + r.period(), RelationJson::rupture));
    }

    static List<Rupture> ruptures(Corpus.Indexed now, Granularity by, double alpha) {
        return now.memo("ruptures:" + by + ":" + alpha, () -> now.model().alliance().ruptures(by, alpha));
    }

    static List<Bloc> blocs(Corpus.Indexed now, Granularity by) {
        return now.memo("blocs:" + by.label(), () -> now.model().alliance().blocs(by));
    }

    public void blocs(Context ctx) {
        Params p = new Params(ctx);
        List<Bloc> rows = blocs(corpus.now(), p.by(Granularity.YEAR));
        ctx.json(Paging.page(rows, p, Paging.MAX_LIMIT, Bloc::period, RelationJson::bloc));
    }

    public void orderOfBattle(Context ctx) {
        Params p = new Params(ctx);
        Granularity by = p.by(Granularity.YEAR);
        Corpus.Indexed now = corpus.now();
        var rows = now.memo("oob:" + by, () -> now.model().alliance().orderOfBattle(by));
        ctx.json(Paging.page(rows, p, Paging.MAX_LIMIT, f -> f.period() + "|" + f.actor().id() + "|" + (f.place() == null ? "" : f.place().name()),
                RelationJson::standing));
    }

    // ---- the UI's aggregates ------------------------------------------------------------------------------------

    /**
     * Cooperation and conflict per period: each event's Goldstein score weighted as the alliance model weighs it
     * (credibility, and independent corroboration up to double), positive scores summed as cooperation and negative
     * as conflict; with the ruptures of the period granularity in the window (with {@code actor}, its own).
     */
    public void timeline(Context ctx) {
        Params p = new Params(ctx);
        Granularity by = p.by(Granularity.MONTH);
        EventFilter f = EventFilter.window(p);
        Corpus.Indexed now = corpus.now();
        CorpusModel m = now.model();
        Map<String, double[]> series = new TreeMap<>();
        for (CodedEvent e : m.events()) {
            LocalDate day = EventFilter.day(e);
            if (day == null || !f.matches(e, m)) continue;
            double[] s = series.computeIfAbsent(by.period(day), k -> new double[3]);
            double g = e.goldstein() * weight(m.assessment(e.id()));
            s[0]++;
            if (g > 0) s[1] += g; else s[2] += g;
        }
        ObjectNode o = F.objectNode().put("by", by.label());
        ArrayNode items = o.putArray("items");
        series.forEach((period, s) -> items.addObject().put("period", period).put("events", (int) s[0]).put("cooperation", round2(s[1]))
                .put("conflict", round2(s[2])));
        ArrayNode ruptures = o.putArray("ruptures");
        for (Rupture r : ruptures(now, by, DEFAULT_ALPHA)) {
            if (!Periods.within(r.period(), f.since(), f.until())) continue;
            if (f.actor() != null && !r.a().id().equals(f.actor()) && !r.b().id().equals(f.actor())) continue;
            ruptures.add(RelationJson.rupture(r));
        }
        o.putNull("next");
        o.put("total", items.size());
        ctx.json(o);
    }

    /** The alliance model's weight of a claim: its credibility score, times up to double for independent sources. */
    static double weight(Assessment a) {
        if (a == null) return 0.5;
        return a.score() * Math.min(2.0, 1 + 0.25 * (a.corroboration() - 1));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /**
     * The network in the window: every relation whose time range overlaps it as an edge, its two actors as nodes
     * (coloured by the index of their group among the blocs of the last year in the window), sized by mentions.
     */
    public void network(Context ctx) {
        Params p = new Params(ctx);
        PartialDate since = p.date("since");
        PartialDate until = p.date("until");
        Corpus.Indexed now = corpus.now();
        CorpusModel m = now.model();
        List<Relation> rels = m.alliance().relations().stream().filter(r -> Periods.overlaps(r.from(), r.to(), since, until)).toList();
        List<Bloc> years = blocs(now, Granularity.YEAR);
        List<Bloc> inWindow = years.stream().filter(b -> Periods.within(b.period(), since, until)).toList();
        Bloc shown = !inWindow.isEmpty() ? inWindow.get(inWindow.size() - 1) : years.isEmpty() ? null : years.get(years.size() - 1);
        Map<String, Integer> bloc = new LinkedHashMap<>();
        if (shown != null) for (int i = 0; i < shown.groups().size(); i++) for (String a : shown.groups().get(i)) bloc.put(a, i);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (ActorSummary s : m.actorSummaries()) mentions.put(s.actor().id(), s.mentions());
        Map<String, ActorRef> nodes = new LinkedHashMap<>();
        for (Relation r : rels) {
            nodes.putIfAbsent(r.a().id(), r.a());
            nodes.putIfAbsent(r.b().id(), r.b());
        }
        ObjectNode o = F.objectNode().put("since", since == null ? null : since.value()).put("until", until == null ? null : until.value());
        o.put("blocs_period", shown == null ? null : shown.period());
        ArrayNode ns = o.putArray("nodes");
        for (ActorRef a : nodes.values()) {
            ObjectNode n = ns.addObject().put("id", a.id()).put("name", a.name()).put("kind", a.kind().label()).put("country", a.country());
            if (bloc.containsKey(a.id())) n.put("bloc", bloc.get(a.id())); else n.putNull("bloc");
            n.put("mentions", mentions.getOrDefault(a.id(), 0));
        }
        ArrayNode es = o.putArray("edges");
        for (Relation r : rels) {
            ObjectNode e = es.addObject().put("a", r.a().id()).put("b", r.b().id()).put("type", r.type().label()).put("score", r.score())
                    .put("rolled_up", r.rolledUp()).put("basis", r.basis().name().toLowerCase(Locale.ROOT))
                    .put("from", value(r.from())).put("to", value(r.to())).put("citation", r.citation());
            e.set("evidence", strings(r.evidence()));
        }
        ctx.json(o);
    }

    private static ArrayNode strings(List<String> xs) {
        ArrayNode a = F.arrayNode();
        xs.forEach(a::add);
        return a;
    }

    private static String value(PartialDate d) {
        return d == null ? null : d.value();
    }
}
