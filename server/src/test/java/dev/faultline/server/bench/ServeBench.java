package dev.faultline.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.server.FaultlineServer;
import dev.faultline.server.Serving;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's benchmark (scripts/serve-bench.sh), not a test: over a large store (built by {@code faultline bench
 * --store-query --store-keep FILE}), warm, the latency of the events page with filters, an actor page and a dyad
 * (p50/p99 of sequential requests), then a bounded load run (a few concurrent clients, a fixed number of requests,
 * stops by itself) with its errors, p50/p99 and the heap after a full GC before and after; with {@code --upload}, on
 * a small store, the time from posting a report to its first event on the job's stream, the analyzer warm.
 */
public final class ServeBench {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        boolean upload = args.length > 1 && args[1].equals("--upload");
        int requests = Integer.getInteger("bench.requests", 200);
        int clients = Integer.getInteger("bench.clients", 4);
        try (Store store = Stores.duckdb(db)) {
            Analyzer analyzer = upload ? Analyzer.load(AnalysisOptions.defaults().withThreads(2)) : null;
            FaultlineServer server = Serving.over(store, analyzer, CorpusSettings.defaults(), null).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            try {
                if (upload) uploads(base, requests);
                else queries(base, requests, clients);
            } finally {
                server.close();
            }
        }
        System.exit(0);
    }

    static final List<String> QUERIES = List.of(
            "/api/events?limit=100",
            "/api/events?actor=iran&type=ASSAULT&since=2019&limit=100",
            "/api/events?min_credibility=4&bbox=34,29,43,38&sort=-date&limit=100",
            "/api/events?q=hezbollah&outlet=Reuters&limit=100",
            "/api/actors/hezbollah",
            "/api/actors/iran",
            "/api/dyads/hezbollah/quds-force?by=month",
            "/api/dyads/iran/israel?by=quarter");

    static void queries(String base, int n, int clients) throws Exception {
        long t0 = System.nanoTime();
        JsonNode status = json(get(base + "/api/status"));
        System.out.printf(Locale.ROOT, "Store: %,d events on %,d articles; first request (the corpus model built) %.1f s%n%n",
                status.path("events").asLong(), status.path("articles").asLong(), (System.nanoTime() - t0) / 1e9);
        for (String q : QUERIES) get(base + q);   // the alliance model and the memoised views, built once per store state
        System.out.println("| request (warm) | items | p50 | p99 | max |");
        System.out.println("|---|---|---|---|---|");
        for (String q : QUERIES) {
            for (int i = 0; i < 10; i++) get(base + q);
            List<Double> ms = new ArrayList<>();
            String body = null;
            for (int i = 0; i < n; i++) {
                long s = System.nanoTime();
                body = get(base + q);
                ms.add((System.nanoTime() - s) / 1e6);
            }
            JsonNode j = json(body);
            String items = j.has("total") ? String.format(Locale.ROOT, "%,d", j.path("total").asLong())
                    : j.has("series") ? j.path("series").size() + " periods" : j.path("relations").size() + " relations";
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "| `%s` | %s | %.1f ms | %.1f ms | %.1f ms |%n", q, items, pct(ms, 50), pct(ms, 99), ms.get(ms.size() - 1));
        }
        long before = heapAfterGc();
        AtomicInteger errors = new AtomicInteger();
        List<Double> all = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        long l0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                for (int i = 0; i < n; i++) {
                    String q = QUERIES.get((i + client) % QUERIES.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + q)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    all.add((System.nanoTime() - s) / 1e6);
                }
            }));
        }
        for (Future<?> f : done) f.get();
        double seconds = (System.nanoTime() - l0) / 1e9;
        pool.shutdown();
        long after = heapAfterGc();
        List<Double> ms = new ArrayList<>(all);
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%nLoad run: %d clients × %d requests (the mix above), %.1f s, %d errors; p50 %.1f ms, p99 %.1f ms; "
                + "heap after a full GC %,d MB before and %,d MB after%n", clients, n, seconds, errors.get(), pct(ms, 50), pct(ms, 99),
                before >> 20, after >> 20);
    }

    static void uploads(String base, int n) throws Exception {
        String[] texts = {
                "Israeli warplanes struck Iranian weapons depots near Damascus on Tuesday, the Syrian Observatory said.",
                "Hezbollah fighters withdrew from positions near Qusayr on Monday, a commander told Reuters.",
                "Russian jets bombed rebel positions in Idlib on Sunday, activists said.",
                "Iran sent 2,000 more fighters to Aleppo province on Friday, a regional official said.",
                "Syrian government forces shelled the town of Douma on Thursday, the opposition said."};
        List<Double> ms = new ArrayList<>();
        for (int i = -1; i < Math.min(n, 10); i++) {   // the first is a warm-up
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            String text = texts[Math.floorMod(i, texts.length)] + " (bench " + System.nanoTime() + ")";
            body.putArray("reports").addObject().put("text", text).put("outlet", "Reuters").put("published", "2019-02-0" + (1 + Math.floorMod(i, 9)));
            long s = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            String stream = json(r.body()).path("stream").asText();
            HttpResponse<java.io.InputStream> es = HTTP.send(HttpRequest.newBuilder(URI.create(base + stream)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            double first = -1;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(es.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("event: event") && first < 0) first = (System.nanoTime() - s) / 1e6;
                    if (line.equals("event: done")) break;
                }
            }
            if (i >= 0 && first >= 0) ms.add(first);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "Posted report → its first event on the job's stream (warm, %d reports with events): p50 %.0f ms, max %.0f ms%n",
                ms.size(), pct(ms, 50), ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
