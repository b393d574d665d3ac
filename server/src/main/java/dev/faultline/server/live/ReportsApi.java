package dev.faultline.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.Source;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.ingest.input.ControlCharacters;
import dev.faultline.server.api.ApiError;
import dev.faultline.server.api.Params;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code POST /api/reports} and the jobs it starts. A JSON body {@code {"reports": [{"text", "title", "url", "outlet",
 * "published"}]}} or a multipart form (parts {@code files}, one per report file in a format {@code ingest} reads, an
 * optional {@code manifest}, and fields {@code outlet}, {@code published}, {@code title}, {@code url} that fill what a
 * file and the manifest leave empty) answers 202 with the job at once.
 *
 * <p>Uploads never become paths of the client's choosing: each file is written into a fresh folder under a name made
 * of its own name's safe characters only, read from there exactly as {@code ingest} reads files, and the folder is
 * deleted; the reports and problems name it {@code upload/NAME}. Sizes and counts are bounded.
 */
public final class ReportsApi {
    /** At most this many reports (JSON) or files (multipart) in one request. */
    public static final int MAX_REPORTS = 1000;
    /** The longest report text a JSON body may carry. */
    public static final int MAX_TEXT = 1_000_000;
    /** The largest JSON body; a multipart form is bounded by the server's multipart limits instead. */
    public static final int MAX_JSON_BODY = 16 * 1024 * 1024;
    static final String UPLOAD = "upload/";

    private final Jobs jobs;
    private final Ingest ingest;
    private final ObjectMapper json = new ObjectMapper();

    public ReportsApi(Jobs jobs, Ingest ingest) {
        this.jobs = jobs;
        this.ingest = ingest;
    }

    public void post(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        Job job;
        if (type.startsWith("multipart/form-data")) {
            job = multipart(ctx);
        } else if (type.startsWith("application/json")) {
            job = json(ctx);
        } else {
            throw new ApiError(415, "send JSON {\"reports\": [...]} or a multipart form with files");
        }
        ctx.status(202).json(JsonNodeFactory.instance.objectNode().put("job", job.id()).put("status", "/api/jobs/" + job.id())
                .put("stream", "/api/jobs/" + job.id() + "/stream"));
    }

    private Job json(Context ctx) {
        JsonNode body;
        try {
            if (ctx.contentLength() > MAX_JSON_BODY) throw tooLarge();
            byte[] bytes = ctx.bodyInputStream().readNBytes(MAX_JSON_BODY + 1);   // bounded even without a Content-Length
            if (bytes.length > MAX_JSON_BODY) throw tooLarge();
            body = json.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read: " + e.getMessage());
        }
        JsonNode list = body == null ? null : body.get("reports");
        if (list == null || !list.isArray() || list.isEmpty()) throw ApiError.badRequest("the body needs \"reports\": a list of {\"text\", ...}");
        if (list.size() > MAX_REPORTS) throw new ApiError(413, "at most " + MAX_REPORTS + " reports in one request");
        List<RawReport> reports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String where = UPLOAD + "reports[" + (i + 1) + "]";
            String text = r.path("text").isTextual() ? r.path("text").asText() : null;
            if (text == null || text.isBlank()) {
                problems.add(Problem.skipped(where, "no \"text\": a report needs its text"));
                continue;
            }
            if (text.length() > MAX_TEXT) {
                problems.add(Problem.skipped(where, "the text is over the " + MAX_TEXT + " characters one report may have"));
                continue;
            }
            reports.add(ControlCharacters.strip(new RawReport(new Source(where, Source.Format.TEXT, 0), field(r, "title"), text,
                    field(r, "url"), field(r, "outlet"), field(r, "published"), List.of())));
        }
        return jobs.submit(reports.size() + " report" + (reports.size() == 1 ? "" : "s") + " posted", reports, problems);
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the body is over " + (MAX_JSON_BODY >> 20) + " MB; send fewer reports at once");
    }

    private static String field(JsonNode r, String name) {
        JsonNode v = r.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) return null;
        String s = v.asText().strip();
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private Job multipart(Context ctx) throws IOException {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (RuntimeException e) {   // Jetty's parser: a part over the limits, or a form that is not one
            String why = Jobs.describe(e);
            if (why.toLowerCase(Locale.ROOT).matches(".*(exceed|too large|max).*")) {
                throw new ApiError(413, "the upload is over the server's limits (8 MB a file, 64 MB a form)");
            }
            throw ApiError.badRequest("the form could not be read: " + why);
        }
        if (files.isEmpty()) throw ApiError.badRequest("the form needs one or more \"files\" parts");
        if (files.size() > MAX_REPORTS) throw new ApiError(413, "at most " + MAX_REPORTS + " files in one request");
        UploadedFile manifest = ctx.uploadedFile("manifest");
        String title = ctx.formParam("title"), url = ctx.formParam("url"), outlet = ctx.formParam("outlet"), published = ctx.formParam("published");
        Path dir = Files.createTempDirectory("faultline-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (UploadedFile f : files) paths.add(save(dir, f, names));
            Path manifestPath = manifest == null ? null : save(dir.resolve(".manifest"), manifest, new HashSet<>());
            Ingest.Reading reading = ingest.readReports(paths, manifestPath, ProgressListener.none());
            String prefix = dir.toString() + dir.getFileSystem().getSeparator();
            List<RawReport> reports = new ArrayList<>();
            for (RawReport r : reading.reports()) {
                RawReport named = new RawReport(new Source(UPLOAD + r.source().path().replace(prefix, ""), r.source().format(), r.source().item()),
                        r.title(), r.body(), r.url(), r.outlet(), r.published(), r.problems());
                reports.add(named.withMetadata(or(r.title(), title), or(r.url(), url), or(r.outlet(), outlet), or(r.published(), published)));
            }
            List<Problem> problems = new ArrayList<>();
            for (Problem p : reading.problems()) {
                problems.add(new Problem(p.severity(), p.where().replace(dir.resolve(".manifest").toString() + "/", UPLOAD).replace(prefix, UPLOAD),
                        p.message(), p.detail()));
            }
            return jobs.submit(files.size() + " file" + (files.size() == 1 ? "" : "s") + " uploaded", reports, problems);
        } finally {
            delete(dir);
        }
    }

    private static String or(String own, String given) {
        return own != null && !own.isBlank() ? own : given == null || given.isBlank() ? null : given.strip();
    }

    /** Writes an upload into {@code dir} under its name's safe characters (a new name when taken); never a path it names. */
    static Path save(Path dir, UploadedFile f, Set<String> taken) throws IOException {
        Files.createDirectories(dir);
        String name = safeName(f.filename());
        String unique = name;
        for (int i = 2; !taken.add(unique); i++) unique = i + "-" + name;
        Path target = dir.resolve(unique);
        try (InputStream in = f.content()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** The file name's last part, with only letters, digits, dot, dash and underscore; never empty, hidden or a dot path. */
    static String safeName(String filename) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.length() > 100) safe = safe.substring(safe.length() - 100);
        return safe.isEmpty() ? "report" : safe;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }

    public void job(Context ctx) {
        String id = Params.checkId("id", ctx.pathParam("id"));
        ctx.json(jobs.job(id).orElseThrow(() -> ApiError.notFound("no job '" + id + "'")).json());
    }

    /** {@code GET /api/jobs/{id}/stream}; an unknown job gets one {@code problem} and the stream ends. */
    public void jobStream(SseClient client) {
        String id = client.ctx().pathParam("id");
        var job = id.matches("[0-9a-f]{16}") ? jobs.job(id) : java.util.Optional.<Job>empty();
        if (job.isEmpty()) {
            client.sendEvent("problem", JsonNodeFactory.instance.objectNode().put("message", "no such job"));
            client.close();
            return;
        }
        job.get().listen(client);
    }

    /** {@code GET /api/stream}: every new event and each new revision of the store. */
    public void liveStream(SseClient client) {
        jobs.live().join(client);
    }
}
