package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One real server for every test class of this module's slow group (and the browser's): the seeds analysed into a
 * real DuckDB file by the application's jobs (as {@code faultline serve PATH} does), the analyzer loaded once and
 * shared with the server's upload jobs, the server on a random loopback port with a token. Started on first use and
 * stopped when the test JVM ends.
 */
final class SeedsServer {
    static final String TOKEN = "test-token-0123456789abcdef";
    private static SeedsServer instance;

    final Path dir;
    final Store store;
    final FaultlineServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private SeedsServer(Path dir, Store store, FaultlineServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    static Path shared(String sub) {
        Path p = Path.of(System.getProperty("faultline.shared", "../shared")).resolve(sub).normalize();
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + p + " is absent (../shared is only beside CI and developers' clones)");
        return p;
    }

    static synchronized SeedsServer get() {
        Path seeds = shared("seeds");
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("faultline-server-test-");
                Store store = Stores.duckdb(dir.resolve("seeds.duckdb"));
                Analyzer analyzer = Analyzer.load(AnalysisOptions.defaults().withThreads(2));
                new IngestJob(Ingest.withDefaults()).run(store, List.of(seeds), seeds.resolve("manifest.csv"), ProgressListener.none());
                new AnalysisJob(analyzer).run(store, ProgressListener.none());
                FaultlineServer server = Serving.over(store, analyzer, CorpusSettings.defaults(), TOKEN).start("127.0.0.1", 0);
                instance = new SeedsServer(dir, store, server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    store.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A response: status, headers and body. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    Answer getWithoutToken(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    Answer postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer send(HttpRequest req) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
