package dev.faultline.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.faultline.server.api.AllianceApi;
import dev.faultline.server.api.ApiError;
import dev.faultline.server.api.Corpus;
import dev.faultline.server.api.CorpusApi;
import dev.faultline.server.api.EventsApi;
import dev.faultline.server.live.Jobs;
import dev.faultline.server.live.ReportsApi;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.util.Map;

/**
 * The HTTP server: the web UI from the jar at {@code /} (WebJars under {@code /webjars/}), the API under {@code /api}
 * (every route in {@link #routes}), the headers every response carries, the token rule, bounded bodies, and errors as
 * {@code {"error", "status"}}. A request the API refuses is a 4xx naming the problem; only a bug is a 500.
 */
public final class FaultlineServer implements AutoCloseable {
    /** The policy the UI was checked under: its own scripts and styles only, nothing fetched from elsewhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    /** JSON bodies; uploads are bounded per file and per request below. */
    static final long MAX_BODY = 16L * 1024 * 1024;
    static final long MAX_FILE_MB = 8;
    static final long MAX_UPLOAD_MB = 64;
    static final String WEB = "/dev/faultline/server/web";

    private final Javalin app;
    private final Jobs jobs;

    public FaultlineServer(Corpus corpus, Jobs jobs, ReportsApi reports, String token, String version) {
        this.jobs = jobs;
        Access access = new Access(token);
        OpenApi openApi = new OpenApi(version);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(null, false));
            config.http.maxRequestSize = MAX_BODY;
            config.http.generateEtags = false;
            config.jetty.multipartConfig.maxFileSize(MAX_FILE_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
                s.headers = HEADERS;
                s.mimeTypes.add("text/javascript", "js");
                s.mimeTypes.add("image/svg+xml", "svg");
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> HEADERS.forEach(ctx::header));
        app.before("/api/*", access::check);
        routes(app, new CorpusApi(corpus, version), new EventsApi(corpus), new AllianceApi(corpus), reports, openApi);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("faultline serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "the server failed on this request; its log says why");
        });
    }

    /** Every route of the API, in one place. */
    private static void routes(Javalin app, CorpusApi corpus, EventsApi events, AllianceApi alliance, ReportsApi reports, OpenApi openApi) {
        app.get("/api/status", corpus::status);
        app.get("/api/openapi.json", openApi::serve);
        app.get("/api/articles", corpus::articles);
        app.get("/api/articles/{id}", corpus::article);
        app.get("/api/actors", alliance::actors);
        app.get("/api/actors/{id}", alliance::actor);
        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::event);
        app.get("/api/claims", corpus::claims);
        app.get("/api/claims/{id}", events::claim);
        app.get("/api/forces", corpus::forces);
        app.get("/api/relations", alliance::relations);
        app.get("/api/dyads/{a}/{b}", alliance::dyad);
        app.get("/api/ruptures", alliance::ruptures);
        app.get("/api/blocs", alliance::blocs);
        app.get("/api/order-of-battle", alliance::orderOfBattle);
        app.get("/api/timeline", alliance::timeline);
        app.get("/api/network", alliance::network);
        app.get("/api/exports/{format}", corpus::export);
        app.get("/api/report", corpus::report);
        app.get("/api/world", corpus::world);
        app.post("/api/reports", reports::post);
        app.get("/api/jobs/{id}", reports::job);
        app.sse("/api/jobs/{id}/stream", reports::jobStream);
        app.sse("/api/stream", reports::liveStream);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute("faultline.error", Boolean.TRUE);
        ctx.status(status).json(JsonNodeFactory.instance.objectNode().put("error", message).put("status", status));
    }

    /** Starts listening; port 0 picks a free one (see {@link #port()}). */
    public FaultlineServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public Jobs jobs() {
        return jobs;
    }

    @Override
    public void close() {
        jobs.close();
        app.stop();
    }
}
