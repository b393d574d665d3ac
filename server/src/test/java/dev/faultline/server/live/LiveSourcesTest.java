package dev.faultline.server.live;

import com.sun.net.httpserver.HttpServer;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusModels;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.ingest.Ingest;
import dev.faultline.server.api.Corpus;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live sources over a real DuckDB store, without the analyzer (jobs only store): a watched folder's new file is
 * stored once, and a restarted watcher does not read it again; a feed is fetched with a conditional GET, an unchanged
 * feed is not read again, a failing one backs off, and a feed file read twice stores each report once.
 */
class LiveSourcesTest {
    @TempDir
    Path tmp;
    Store store;
    Jobs jobs;
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>news</description>
            <item><title>Strikes near Damascus</title><link>https://wire.example/1</link><pubDate>Tue, 22 Jan 2019 10:00:00 GMT</pubDate>
            <description>Israeli warplanes struck Iranian weapons depots near Damascus on Tuesday, the observatory said.</description></item>
            <item><title>Talks in Moscow</title><link>https://wire.example/2</link><pubDate>Wed, 23 Jan 2019 10:00:00 GMT</pubDate>
            <description>Iranian and Russian officials met in Moscow on Wednesday to discuss the war in Syria.</description></item>
            </channel></rss>
            """;

    @BeforeEach
    void open() {
        store = Stores.duckdb(tmp.resolve("live.duckdb"));
        jobs = new Jobs(new Corpus(store, new CorpusModels(store, CorpusSettings.defaults())), new IngestJob(Ingest.withDefaults()), null,
                new Channel());
    }

    @AfterEach
    void close() {
        jobs.close();
        store.close();
    }

    @Test
    void aWatchedFilesReportIsStoredOnceAndNotReadAgainAfterARestart() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path state = tmp.resolve("state");
        Watcher w = new Watcher(dir, state, jobs, Ingest.withDefaults(), err);
        Files.writeString(dir.resolve("report.txt"), "Hezbollah fighters withdrew from the border area on Monday, a commander said.");
        Files.writeString(dir.resolve(".hidden.txt"), "A hidden file is not a report.");
        w.look();   // seen once: not yet steady
        assertThat(jobs.submitted()).isZero();
        w.look();
        jobs.drain(60);
        assertThat(jobs.submitted()).isEqualTo(1);
        assertThat(store.articleCount()).isEqualTo(1);
        w.look();
        w.look();
        jobs.drain(60);
        assertThat(jobs.submitted()).as("nothing new").isEqualTo(1);
        w.close();

        Watcher restarted = new Watcher(dir, state, jobs, Ingest.withDefaults(), err);
        restarted.look();
        restarted.look();
        jobs.drain(60);
        assertThat(jobs.submitted()).as("a restart reads nothing again").isEqualTo(1);
        Files.writeString(dir.resolve("second.txt"), "Russian jets bombed rebel positions in Idlib on Sunday.");
        restarted.look();
        restarted.look();
        jobs.drain(60);
        assertThat(store.articleCount()).isEqualTo(2);
        restarted.close();
    }

    @Test
    void aFeedIsFetchedConditionallyAndStoredOnce() throws Exception {
        List<String> conditional = new CopyOnWriteArrayList<>();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] failures = {0};
        http.createContext("/feed.xml", ex -> {
            conditional.add(String.valueOf(ex.getRequestHeaders().getFirst("If-None-Match")));
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        http.createContext("/broken", ex -> {
            failures[0]++;
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        http.start();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/feed.xml";
            Feeds feeds = new Feeds(tmp.resolve("state"), jobs, 15, err);
            assertThat(feeds.poll(url)).isTrue();
            jobs.drain(60);
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(feeds.poll(url)).isTrue();
            jobs.drain(60);
            assertThat(conditional).containsExactly("null", "\"v1\"");
            assertThat(jobs.submitted()).as("a 304 reads nothing").isEqualTo(1);

            Feeds restarted = new Feeds(tmp.resolve("state"), jobs, 15, err);   // the validators survive a restart
            assertThat(restarted.poll(url)).isTrue();
            assertThat(conditional).last().isEqualTo("\"v1\"");
            assertThat(restarted.poll("http://127.0.0.1:" + http.getAddress().getPort() + "/broken")).isFalse();
            assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("HTTP 503");
            feeds.close();
            restarted.close();
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aFeedFileReadTwiceStoresEachReportOnce() throws Exception {
        Path file = Files.writeString(tmp.resolve("wire.xml"), FEED);
        Feeds feeds = new Feeds(tmp.resolve("state"), jobs, 15, err);
        assertThat(feeds.poll(file.toString())).isTrue();
        jobs.drain(60);
        assertThat(feeds.poll(file.toString())).isTrue();
        jobs.drain(60);
        assertThat(jobs.submitted()).as("the same bytes are not read again").isEqualTo(1);
        Files.writeString(file, FEED.replace("Talks in Moscow", "Talks in Moscow (updated)"));
        assertThat(feeds.poll(file.toString())).isTrue();
        jobs.drain(60);
        assertThat(jobs.submitted()).isEqualTo(2);
        assertThat(store.articleCount()).as("each report stored once").isEqualTo(2);
        feeds.close();
    }
}
