package dev.faultline.server.live;

import dev.faultline.app.job.IngestJob;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --feed URL|FILE}: polls RSS and Atom feeds every N minutes and ingests and analyses what they hold, read by
 * the same feed reader as {@code ingest} (Rome). A URL is fetched with a conditional GET (the ETag and Last-Modified
 * of the last answer), so an unchanged feed costs a 304; a feed whose bytes did not change since the last read is not
 * read again; both are kept in the ledger and survive a restart. Errors back off: each failure in a row doubles the
 * wait, up to a day, and a success resets it. Items already stored come back unchanged (an article's id is its text's
 * hash): a feed read twice stores each report once.
 */
public final class Feeds implements AutoCloseable {
    static final long MAX_BACKOFF_MINUTES = 24 * 60;
    static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

    private final Ledger ledger;
    private final Jobs jobs;
    private final IngestJob ingest = new IngestJob(Ingest.withDefaults());
    private final PrintStream err;
    private final long everyMinutes;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faultline-feeds");
        t.setDaemon(true);
        return t;
    });

    Feeds(Path state, Jobs jobs, long everyMinutes, PrintStream err) {
        this.ledger = new Ledger(state.resolve("feeds.tsv"));
        this.jobs = jobs;
        this.everyMinutes = everyMinutes;
        this.err = err;
    }

    public static Feeds start(List<String> feeds, long everyMinutes, Path state, Jobs jobs, PrintStream err) {
        Feeds f = new Feeds(state, jobs, everyMinutes, err);
        for (String feed : feeds) f.schedule(feed, 0, 0);
        err.println("faultline serve: polling " + feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s") + " every " + everyMinutes + " min");
        return f;
    }

    private void schedule(String feed, long delayMinutes, int failures) {
        timer.schedule(() -> {
            int next = poll(feed) ? 0 : failures + 1;
            long wait = next == 0 ? everyMinutes : Math.min(MAX_BACKOFF_MINUTES, everyMinutes << Math.min(next, 16));
            if (next > 0) err.println("faultline serve: " + feed + ": trying again in " + wait + " min");
            schedule(feed, wait, next);
        }, delayMinutes, delayMinutes == 0 ? TimeUnit.MILLISECONDS : TimeUnit.MINUTES);
    }

    /** One poll; false when it failed (the feed could not be fetched or read). */
    boolean poll(String feed) {
        try {
            byte[] body;
            String[] validators = split(ledger.get(feed + " http"));
            if (feed.startsWith("http://") || feed.startsWith("https://")) {
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(feed)).timeout(Duration.ofMinutes(2)).GET()
                        .header("User-Agent", "faultline-serve");
                if (!validators[0].isEmpty()) req.header("If-None-Match", validators[0]);
                if (!validators[1].isEmpty()) req.header("If-Modified-Since", validators[1]);
                HttpResponse<byte[]> res = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (res.statusCode() == 304) return true;
                if (res.statusCode() != 200) {
                    err.println("faultline serve: " + feed + ": HTTP " + res.statusCode());
                    return false;
                }
                body = res.body();
                ledger.put(feed + " http", res.headers().firstValue("ETag").orElse("") + "\u0001"
                        + res.headers().firstValue("Last-Modified").orElse(""));
            } else {
                body = Files.readAllBytes(Path.of(feed));
            }
            if (body.length > MAX_FEED_BYTES) {
                err.println("faultline serve: " + feed + ": over " + (MAX_FEED_BYTES >> 20) + " MB; not read");
                return false;
            }
            String hash = sha256(body);
            if (hash.equals(ledger.get(feed + " sha256"))) return true;
            Path tmp = Files.createTempFile("faultline-feed-", ".xml");
            Files.write(tmp, body);
            jobs.submit("feed " + feed, store -> {
                try {
                    IngestJob.Summary s = ingest.run(store, List.of(tmp), null, ProgressListener.none());
                    ledger.put(feed + " sha256", hash);
                    return new Jobs.Stored(s, new ArrayList<>());
                } finally {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("faultline serve: " + feed + ": " + Jobs.describe(e));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String[] split(String v) {
        if (v == null) return new String[] {"", ""};
        int i = v.indexOf('\u0001');
        return i < 0 ? new String[] {v, ""} : new String[] {v.substring(0, i), v.substring(i + 1)};
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
