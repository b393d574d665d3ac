package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API against a real server on a random port over the seeds in a real DuckDB store: every endpoint of
 * API.md answers in the shapes its OpenAPI document gives (validated), with the CLI's rows, filters and paging; bad
 * parameters are 4xx with one line; the token and header rules hold.
 */
@Tag("slow")
class ApiTest {
    static SeedsServer s;
    static OpenApiContract api;

    @BeforeAll
    static void serve() {
        s = SeedsServer.get();
        SeedsServer.Answer doc = s.get("/api/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        api = new OpenApiContract(doc.body(), doc.json());
    }

    /** GETs, checks the status, and validates the body against the document's schema for that path. */
    static JsonNode ok(String template, String pathAndQuery) {
        SeedsServer.Answer a = s.get(pathAndQuery);
        assertThat(a.status()).as(pathAndQuery + " → " + a.body()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(api.violations("get", template, 200, body)).as(pathAndQuery).isEmpty();
        return body;
    }

    static JsonNode error(String template, String pathAndQuery, int status) {
        SeedsServer.Answer a = s.get(pathAndQuery);
        assertThat(a.status()).as(pathAndQuery + " → " + a.body()).isEqualTo(status);
        assertThat(api.violations("get", template, status, a.json())).as(pathAndQuery).isEmpty();
        assertThat(a.json().path("error").asText()).doesNotContain("\n").isNotBlank();
        return a.json();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentIsOpenApi31AndDescribesEveryEndpoint() {
        assertThat(api.doc.path("openapi").asText()).isEqualTo("3.1.0");
        for (String p : List.of("/api/status", "/api/articles", "/api/articles/{id}", "/api/actors", "/api/actors/{id}", "/api/events",
                "/api/events/{id}", "/api/claims", "/api/claims/{id}", "/api/forces", "/api/relations", "/api/dyads/{a}/{b}", "/api/ruptures",
                "/api/blocs", "/api/order-of-battle", "/api/timeline", "/api/network", "/api/exports/{format}", "/api/report", "/api/reports",
                "/api/jobs/{id}", "/api/jobs/{id}/stream", "/api/stream", "/api/openapi.json", "/api/world")) {
            assertThat(api.doc.path("paths").has(p)).as(p).isTrue();
        }
        assertThat(api.doc.at("/components/schemas/Event/$id").asText()).isEqualTo("https://faultline.dev/schema/event-1.json");
    }

    @Test
    void statusCountsTheStore() {
        JsonNode st = ok("/api/status", "/api/status");
        assertThat(st.path("articles").asInt()).isGreaterThanOrEqualTo(5);   // the upload tests share this server
        assertThat(st.path("events").asInt()).isGreaterThan(20);
        assertThat(st.path("store").asText()).contains("seeds.duckdb");
    }

    @Test
    void eventsArePagedWithACursorThatWalksEveryEventOnce() {
        JsonNode first = ok("/api/events", "/api/events?limit=7");
        int total = first.path("total").asInt();
        assertThat(first.path("items")).hasSize(7);
        Set<String> seen = new HashSet<>();
        JsonNode page = first;
        while (true) {
            page.path("items").forEach(e -> assertThat(seen.add(e.path("id").asText())).as("repeated " + e.path("id")).isTrue());
            if (page.path("next").isNull()) break;
            page = ok("/api/events", "/api/events?limit=7&cursor=" + enc(page.path("next").asText()));
        }
        assertThat(seen).hasSize(total);
        error("/api/events", "/api/events?cursor=%21%21not-ours", 400);
        error("/api/events", "/api/events?limit=1001", 400);
        error("/api/events", "/api/events?limit=0", 400);
    }

    @Test
    void eventFiltersSelectAsTheCommandLineDoesAndMore() {
        JsonNode iran = ok("/api/events", "/api/events?actor=iran&limit=1000");
        assertThat(iran.path("items")).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains("\"iran\""));
        assertThat(iran.toString()).contains("quds-force");   // what belongs to Iran counts as Iran's
        JsonNode assaults = ok("/api/events", "/api/events?type=ASSAULT&limit=1000");
        assertThat(assaults.path("items")).isNotEmpty().allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("ASSAULT"));
        JsonNode y2019 = ok("/api/events", "/api/events?since=2019-01&until=2019&limit=1000");
        assertThat(y2019.path("items")).allSatisfy(e -> assertThat(e.at("/date/value").asText()).startsWith("2019"));
        JsonNode credible = ok("/api/events", "/api/events?min_credibility=3&limit=1000");
        assertThat(credible.path("items")).allSatisfy(e -> assertThat(e.path("credibility").asInt()).isLessThanOrEqualTo(3));
        JsonNode byCredibility = ok("/api/events", "/api/events?sort=credibility&limit=1000");
        List<Integer> grades = new ArrayList<>();
        byCredibility.path("items").forEach(e -> grades.add(e.path("credibility").asInt()));
        assertThat(grades).isSorted();
        JsonNode newest = ok("/api/events", "/api/events?sort=-date&limit=1");
        JsonNode oldest = ok("/api/events", "/api/events?sort=date&limit=1");
        assertThat(newest.at("/items/0/date/value").asText()).isGreaterThanOrEqualTo(oldest.at("/items/0/date/value").asText());
        JsonNode located = ok("/api/events", "/api/events?bbox=34,29,43,38&limit=1000");
        assertThat(located.path("items")).allSatisfy(e -> assertThat(e.at("/location/lat").asDouble()).isBetween(29.0, 38.0));
        JsonNode q = ok("/api/events", "/api/events?q=hezbollah&limit=1000");
        assertThat(q.path("total").asInt()).isPositive();
        String article = iran.at("/items/0/article").asText();
        assertThat(ok("/api/events", "/api/events?article=" + article).path("items"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.path("article").asText()).isEqualTo(article));
        String two = iran.at("/items/0/id").asText() + "," + assaults.at("/items/0/id").asText();
        JsonNode ids = ok("/api/events", "/api/events?ids=" + two + "&type=RETREAT");
        assertThat(ids.path("items")).extracting(e -> e.path("id").asText()).containsExactly(two.split(","));
        error("/api/events", "/api/events?type=NOT_A_TYPE", 400);
        error("/api/events", "/api/events?since=2019-13", 400);
        error("/api/events", "/api/events?bbox=1,2,3", 400);
        error("/api/events", "/api/events?min_credibility=9", 400);
        error("/api/events", "/api/events?sort=outlet", 400);
        error("/api/events", "/api/events?actor=%3Cscript%3E", 400);
    }

    @Test
    void anEventOpensOnItsEvidence() {
        JsonNode e = ok("/api/events", "/api/events?limit=1").at("/items/0");
        JsonNode ev = ok("/api/events/{id}", "/api/events/" + e.path("id").asText());
        assertThat(ev.path("event")).isEqualTo(e);
        assertThat(ev.at("/claim/id").asText()).isEqualTo(e.path("id").asText());
        assertThat(ev.at("/article/id").asText()).isEqualTo(e.path("article").asText());
        String text = ev.at("/context/text").asText();
        int b = ev.at("/context/highlight/0").asInt(), end = ev.at("/context/highlight/1").asInt();
        assertThat(text.substring(b, end)).isEqualTo(e.path("text").asText());
        assertThat(ok("/api/claims/{id}", "/api/claims/" + e.path("id").asText())).isEqualTo(ev);
        error("/api/events/{id}", "/api/events/ffffffffffffffff", 404);
        error("/api/events/{id}", "/api/events/..%2F..%2Fetc", 400);
    }

    @Test
    void claimsAndForcesAndTheirEvidence() {
        JsonNode forces = ok("/api/claims", "/api/claims?kind=force&limit=1000");
        assertThat(forces.path("items")).isNotEmpty().allSatisfy(c -> assertThat(c.path("kind").asText()).isEqualTo("force"));
        JsonNode force = forces.at("/items/0");
        JsonNode ev = ok("/api/claims/{id}", "/api/claims/" + force.path("id").asText());
        assertThat(ev.path("event").isNull()).isTrue();
        assertThat(ev.path("claim")).isEqualTo(force);
        JsonNode iran = ok("/api/forces", "/api/forces?actor=iran");
        assertThat(iran.path("items")).isNotEmpty();
        error("/api/forces", "/api/forces", 400);
        JsonNode credible = ok("/api/claims", "/api/claims?min_credibility=2&limit=1000");
        assertThat(credible.path("items")).allSatisfy(c -> assertThat(c.path("credibility").asInt()).isLessThanOrEqualTo(2));
    }

    @Test
    void articlesListWithoutTextAndOneArticleWithIt() {
        JsonNode list = ok("/api/articles", "/api/articles");
        assertThat(list.path("items")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(a -> assertThat(a.has("text")).isFalse());
        String id = list.at("/items/0/id").asText();
        JsonNode one = ok("/api/articles/{id}", "/api/articles/" + id);
        assertThat(one.path("text").asText()).isNotBlank();
        assertThat(one.has("dropped")).isTrue();
        error("/api/articles/{id}", "/api/articles/0123456789abcdef", 404);
    }

    @Test
    void actorsAndAnActorsPage() {
        JsonNode list = ok("/api/actors", "/api/actors?limit=30");
        assertThat(list.path("items")).isNotEmpty();
        assertThat(ok("/api/actors", "/api/actors?q=hezb").path("items")).anySatisfy(a -> assertThat(a.at("/actor/id").asText()).isEqualTo("hezbollah"));
        JsonNode soleimani = ok("/api/actors/{id}", "/api/actors/qassem-soleimani");
        assertThat(soleimani.at("/lineage/0/id").asText()).isEqualTo("qassem-soleimani");
        assertThat(soleimani.path("lineage").toString()).contains("quds-force");
        JsonNode hezbollah = ok("/api/actors/{id}", "/api/actors/hezbollah");
        assertThat(hezbollah.path("relations")).isNotEmpty();
        assertThat(hezbollah.path("allies_over_time")).isNotEmpty();
        assertThat(hezbollah.path("events_url").asText()).isEqualTo("/api/events?actor=hezbollah");
        assertThat(ok("/api/actors/{id}", "/api/actors/iran").path("forces")).isNotEmpty();
        error("/api/actors/{id}", "/api/actors/no-such-actor", 404);
    }

    @Test
    void theAllianceModelsRows() {
        JsonNode relations = ok("/api/relations", "/api/relations");
        assertThat(relations.path("items")).isNotEmpty();
        JsonNode asOf = ok("/api/relations", "/api/relations?as_of=2015-01");
        assertThat(asOf.path("total").asInt()).isLessThan(relations.path("total").asInt());
        assertThat(ok("/api/relations", "/api/relations?type=hostile").path("items")).allSatisfy(r -> assertThat(r.path("type").asText()).isEqualTo("hostile"));
        error("/api/relations", "/api/relations?type=friend", 400);
        JsonNode ruptures = ok("/api/ruptures", "/api/ruptures?by=month");
        assertThat(ruptures.path("items")).isNotEmpty();
        JsonNode r = ruptures.at("/items/0");
        JsonNode dyad = ok("/api/dyads/{a}/{b}", "/api/dyads/" + r.at("/a/id").asText() + "/" + r.at("/b/id").asText() + "?by=month");
        assertThat(dyad.path("series")).isNotEmpty();
        error("/api/dyads/{a}/{b}", "/api/dyads/iran/no-such-actor", 404);
        error("/api/dyads/{a}/{b}", "/api/dyads/iran/iran", 400);
        for (String by : List.of("month", "quarter", "year")) {
            assertThat(ok("/api/blocs", "/api/blocs?by=" + by).path("items")).isNotEmpty();
            ok("/api/order-of-battle", "/api/order-of-battle?by=" + by);
        }
        error("/api/blocs", "/api/blocs?by=week", 400);
        error("/api/ruptures", "/api/ruptures?alpha=2", 400);
    }

    @Test
    void theTimelineAndTheNetworkInATimeWindow() {
        JsonNode all = ok("/api/timeline", "/api/timeline?by=month");
        assertThat(all.path("items")).isNotEmpty();
        assertThat(all.path("ruptures")).isNotEmpty();
        JsonNode window = ok("/api/timeline", "/api/timeline?by=month&since=2018-01&until=2018-12");
        assertThat(window.path("items")).isNotEmpty().allSatisfy(i -> assertThat(i.path("period").asText()).startsWith("2018"));
        JsonNode iran = ok("/api/timeline", "/api/timeline?by=quarter&actor=iran");
        assertThat(iran.path("ruptures")).allSatisfy(x -> assertThat(x.toString()).contains("\"iran\""));
        JsonNode net = ok("/api/network", "/api/network");
        assertThat(net.path("nodes")).isNotEmpty();
        assertThat(net.path("edges")).anySatisfy(e -> assertThat(e.path("basis").asText()).isEqualTo("knowledge"));
        assertThat(net.path("edges")).anySatisfy(e -> assertThat(e.path("basis").asText()).isEqualTo("events"));
        JsonNode y2015 = ok("/api/network", "/api/network?since=2015&until=2015");
        assertThat(y2015.path("edges").size()).isLessThan(net.path("edges").size());
    }

    @Test
    void exportsAndTheReport() {
        for (String f : List.of("events.csv", "events.jsonl", "geojson", "gdelt", "plover", "graphml")) {
            SeedsServer.Answer a = s.get("/api/exports/" + f);
            assertThat(a.status()).as(f).isEqualTo(200);
            assertThat(a.header("Content-Disposition")).as(f).startsWith("attachment; filename=\"");
            assertThat(a.body()).as(f).isNotBlank();
        }
        assertThat(s.get("/api/exports/events.jsonl").body().lines()).hasSize(ok("/api/status", "/api/status").path("events").asInt());
        error("/api/exports/{format}", "/api/exports/shapefile", 404);
        SeedsServer.Answer html = s.get("/api/report");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).startsWith("<!DOCTYPE html>").doesNotContain("<script");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(s.get("/api/report?format=md").body()).contains("#");
    }

    @Test
    void theTokenGuardsTheApiButNotThePage() {
        SeedsServer.Answer none = s.getWithoutToken("/api/status");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("status").asInt()).isEqualTo(401);
        assertThat(s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/api/status"))
                .header("Authorization", "Bearer wrong-token-0123456789").build()).status()).isEqualTo(401);
        assertThat(s.getWithoutToken("/api/status?access_token=" + SeedsServer.TOKEN).status()).as("only the streams take it in the URL").isEqualTo(401);
        for (String page : List.of("/", "/js/app.js", "/css/app.css", "/icons/faultline.svg", "/webjars/leaflet/1.9.4/dist/leaflet.js")) {
            assertThat(s.getWithoutToken(page).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void everyResponseCarriesThePolicyAndScriptsTheirType() {
        for (String page : List.of("/", "/js/app.js", "/api/status", "/api/nothing-here")) {
            SeedsServer.Answer a = s.get(page);
            assertThat(a.header("Content-Security-Policy")).as(page).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(a.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
        }
        assertThat(s.get("/js/app.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(s.get("/").body()).contains("type=\"module\"");
        SeedsServer.Answer unknown = s.get("/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).contains("/api/nothing-here");
    }

    @Test
    void badBodiesAreRefusedWithALineNeverA500() {
        assertThat(s.postJson("/api/reports", "{not json").status()).isEqualTo(400);
        assertThat(s.postJson("/api/reports", "{\"reports\": []}").status()).isEqualTo(400);
        SeedsServer.Answer big = s.postJson("/api/reports", "{\"reports\": [{\"text\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}]}");
        assertThat(big.status()).isEqualTo(413);
        SeedsServer.Answer text = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/api/reports"))
                .header("Authorization", "Bearer " + SeedsServer.TOKEN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().path("error").asText()).isNotBlank();
    }
}
