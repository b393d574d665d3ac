package dev.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A server-sent-event stream read by a test: the events as (name, JSON data), until one the caller waits for. */
final class Sse {
    record Event(String name, JsonNode data) {}

    private Sse() {}

    /** Opens the stream now; the future completes with the events up to and including the first that {@code last} accepts. */
    static CompletableFuture<List<Event>> until(String url, Predicate<Event> last) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> opened = http.sendAsync(req, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response;
        try {
            response = opened.get(30, TimeUnit.SECONDS);   // the headers: the client is listening from here on
        } catch (Exception e) {
            throw new IllegalStateException("the stream " + url + " did not open", e);
        }
        if (response.statusCode() != 200) throw new AssertionError(url + " answered " + response.statusCode());
        return CompletableFuture.supplyAsync(() -> {
            List<Event> out = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            String name = "message";
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event:")) name = line.substring(6).strip();
                    else if (line.startsWith("data:")) {
                        Event e = new Event(name, json.readTree(line.substring(5).strip()));
                        out.add(e);
                        if (last.test(e)) return out;
                        name = "message";
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }
}
