package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/reports} on the real server: a posted report is stored and analysed as a job whose progress and new
 * events stream back, on the job's stream and on the live one; bad files end as the command line's one-line problems
 * in the job, never as a 500; report text full of markup is stored as text.
 */
@Tag("slow")
class UploadTest {
    static SeedsServer s;

    @BeforeAll
    static void serve() {
        s = SeedsServer.get();
    }

    static JsonNode waitFor(String job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode j = s.get("/api/jobs/" + job).json();
            if (j.path("state").asText().matches("done|failed")) return j;
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not end: " + s.get("/api/jobs/" + job).body());
    }

    @Test
    void aPostedReportsEventsStreamBackOnTheJobAndTheLiveStream() throws Exception {
        CompletableFuture<List<Sse.Event>> live = Sse.until(s.base + "/api/stream?access_token=" + SeedsServer.TOKEN,
                e -> e.name().equals("revision"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("reports").addObject()
                .put("text", "Israeli warplanes struck Iranian weapons depots near Damascus on Tuesday, the Syrian Observatory for Human "
                        + "Rights said. Hezbollah fighters later withdrew from the area.")
                .put("title", "Israeli strikes near Damascus").put("outlet", "Reuters").put("published", "2019-01-22");
        SeedsServer.Answer posted = s.postJson("/api/reports", body.toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String job = posted.json().path("job").asText();
        assertThat(posted.json().path("stream").asText()).isEqualTo("/api/jobs/" + job + "/stream");
        List<Sse.Event> stream = Sse.until(s.base + posted.json().path("stream").asText() + "?access_token=" + SeedsServer.TOKEN,
                e -> e.name().equals("done")).get(5, TimeUnit.MINUTES);
        JsonNode done = stream.get(stream.size() - 1).data();
        assertThat(done.path("state").asText()).isEqualTo("done");
        assertThat(done.path("articles")).hasSize(1);
        assertThat(stream).anySatisfy(e -> assertThat(e.name()).isEqualTo("progress"));
        List<JsonNode> events = stream.stream().filter(e -> e.name().equals("event")).map(Sse.Event::data).toList();
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.path("article").asText()).isEqualTo(done.at("/articles/0").asText()));
        assertThat(events).anySatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("ASSAULT"));
        List<Sse.Event> everyone = live.get(1, TimeUnit.MINUTES);
        assertThat(everyone).anySatisfy(e -> assertThat(e.data().path("id").asText()).isEqualTo(events.get(0).path("id").asText()));
        assertThat(s.get("/api/events/" + events.get(0).path("id").asText()).status()).isEqualTo(200);

        SeedsServer.Answer again = s.postJson("/api/reports", body.toString());   // the same report twice is stored once
        JsonNode second = waitFor(again.json().path("job").asText());
        assertThat(second.path("articles")).isEqualTo(done.path("articles"));
        assertThat(s.get("/api/events?q=warplanes").json().path("total").asInt()).isEqualTo(
                (int) events.stream().filter(e -> e.path("text").asText().toLowerCase().contains("warplanes")).count());
    }

    @Test
    void badFilesAreOneLineProblemsInTheJobNeverA500() throws Exception {
        SeedsServer.Answer posted = multipart(List.of(
                new Part("files", "broken.jsonl", "{\"text\": \"Iranian forces shelled the town.\", \"title\": \"ok\"}\n{not json\n"),
                new Part("files", "../../etc/empty.txt", ""),
                new Part("files", "feed.xml", "<rss><channel><item><title>x</title></channel>")),
                "outlet", "Upload News");
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        JsonNode job = waitFor(posted.json().path("job").asText());
        assertThat(job.path("state").asText()).isEqualTo("done");
        List<String> problems = new java.util.ArrayList<>();
        job.path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("skipped upload/broken.jsonl"))
                .anySatisfy(p -> assertThat(p).startsWith("skipped upload/empty.txt").contains("empty"))
                .anySatisfy(p -> assertThat(p).contains("upload/feed.xml"))
                .allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("/tmp").doesNotContain("faultline-upload"));
        assertThat(job.path("articles")).hasSize(1);
        JsonNode article = s.get("/api/articles/" + job.at("/articles/0").asText()).json();
        assertThat(article.path("outlet").asText()).isEqualTo("Upload News");
        assertThat(article.path("path").asText()).isEqualTo("upload/broken.jsonl");
    }

    @Test
    void anUploadOverTheLimitsIsRefusedWithA413() {
        SeedsServer.Answer big = multipart(List.of(new Part("files", "big.txt", "x".repeat(9 * 1024 * 1024))), "outlet", "x");
        assertThat(big.status()).as(big.body()).isEqualTo(413);
        assertThat(big.json().path("error").asText()).contains("limits");
    }

    @Test
    void markupInAReportIsStoredAsText() throws Exception {
        String title = "<script>alert(1)</script> Shelling of <img src=x onerror=alert(1)>";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("reports").addObject().put("title", title).put("outlet", "<img src=x onerror=alert(1)> News")
                .put("text", "<script>alert(1)</script> Militiamen shelled the village of Tell Abyad on March 3, the observatory said.");
        JsonNode job = waitFor(s.postJson("/api/reports", body.toString()).json().path("job").asText());
        JsonNode article = s.get("/api/articles/" + job.at("/articles/0").asText()).json();
        assertThat(article.path("title").asText()).isEqualTo(title);
    }

    record Part(String name, String filename, String content) {}

    static SeedsServer.Answer multipart(List<Part> files, String field, String value) {
        String boundary = "----faultline" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder();
        for (Part p : files) {
            sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(p.name()).append("\"; filename=\"")
                    .append(p.filename()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(p.content()).append("\r\n");
        }
        sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n").append(value)
                .append("\r\n--").append(boundary).append("--\r\n");
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return s.send(HttpRequest.newBuilder(URI.create(s.base + "/api/reports")).header("Authorization", "Bearer " + SeedsServer.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }
}
