package dev.faultline.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;

import java.util.ArrayList;
import java.util.List;

/**
 * One ingest-and-analyse job (an upload, a watched file, a feed's new items): its state, progress, the articles it
 * stored, the events they hold and the one-line problems of its inputs. Its stream replays what happened so far to a
 * listener that joins late, then follows: {@code progress}, {@code problem}, {@code event}, and {@code done} last.
 */
public final class Job {
    public enum State { queued, running, done, failed }

    /** Event rows kept for late listeners; the job's {@code events} count goes on past it. */
    static final int REPLAY = 5_000;

    private final String id;
    private final String label;
    private State state = State.queued;
    private long total;
    private long done;
    private final List<String> articles = new ArrayList<>();
    private int events;
    private final List<String> problems = new ArrayList<>();
    private final List<JsonNode> eventRows = new ArrayList<>();
    private final Channel stream = new Channel();

    Job(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized List<String> articles() {
        return List.copyOf(articles);
    }

    /** The job as {@code GET /api/jobs/{id}} answers it. */
    public synchronized ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("id", id).put("label", label).put("state", state.name())
                .put("total", total).put("done", done);
        var a = o.putArray("articles");
        articles.forEach(a::add);
        o.put("events", events);
        var p = o.putArray("problems");
        problems.forEach(p::add);
        return o;
    }

    synchronized void running(long total) {
        state = State.running;
        this.total = total;
        this.done = 0;
        stream.send("progress", progress());
    }

    synchronized void advanced() {
        done++;
        stream.send("progress", progress());
    }

    private ObjectNode progress() {
        return JsonNodeFactory.instance.objectNode().put("done", done).put("total", total);
    }

    synchronized void problem(String line) {
        problems.add(line);
        stream.send("problem", JsonNodeFactory.instance.objectNode().put("message", line));
    }

    synchronized void article(String articleId) {
        if (!articles.contains(articleId)) articles.add(articleId);
    }

    synchronized void event(JsonNode row) {
        events++;
        if (eventRows.size() < REPLAY) eventRows.add(row);
        stream.send("event", row);
    }

    synchronized void finish(State end) {
        state = end;
        if (end == State.done) done = total;
        stream.send("done", json());
        stream.closeAll();
    }

    /** A listener joins: it gets what happened so far, then what follows (nothing when the job is over). */
    synchronized void listen(SseClient client) {
        stream.send(client, "progress", progress());
        for (String p : problems) stream.send(client, "problem", JsonNodeFactory.instance.objectNode().put("message", p));
        for (JsonNode e : eventRows) stream.send(client, "event", e);
        if (state == State.done || state == State.failed) {
            stream.send(client, "done", json());
            client.close();
        } else {
            stream.join(client);
        }
    }
}
