package dev.faultline.server.live;

import dev.faultline.app.job.IngestJob;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --watch DIR}: every report file that appears in the folder (or changes) is ingested and analysed as a job,
 * once its size has stayed the same between two looks (so a file still being copied is not read half-written). A
 * {@code manifest.csv} in the folder names the files' outlets and dates. What was read is kept in the ledger, so a
 * restarted server does not read it again; reading a file twice would change nothing anyway (an article's id is its
 * text's hash), it would only cost the time.
 */
public final class Watcher implements AutoCloseable {
    static final long EVERY_MS = 2000;
    static final String MANIFEST = "manifest.csv";

    private final Path dir;
    private final Ledger ledger;
    private final Jobs jobs;
    private final IngestJob ingest;
    private final PrintStream err;
    private final Map<Path, String> lastSeen = new HashMap<>();
    /** Files queued as jobs, by key, with the stamp they were queued at. */
    private final Map<String, String> queued = new java.util.concurrent.ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faultline-watch");
        t.setDaemon(true);
        return t;
    });

    Watcher(Path dir, Path state, Jobs jobs, Ingest ingest, PrintStream err) {
        this.dir = dir.toAbsolutePath().normalize();
        this.ledger = new Ledger(state.resolve("watched.tsv"));
        this.jobs = jobs;
        this.ingest = new IngestJob(ingest);
        this.err = err;
    }

    public static Watcher start(Path dir, Path state, Jobs jobs, Ingest ingest, PrintStream err) {
        Watcher w = new Watcher(dir, state, jobs, ingest, err);
        w.timer.scheduleWithFixedDelay(w::look, 0, EVERY_MS, TimeUnit.MILLISECONDS);
        err.println("faultline serve: watching " + w.dir + " for reports");
        return w;
    }

    /** One look at the folder: the files that are new or changed, and steady since the last look, become jobs. */
    void look() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).filter(this::visible)::iterator) {
                String key = dir.relativize(f).toString();
                if (key.equals(MANIFEST)) continue;
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                String stamp = a.size() + " " + a.lastModifiedTime().toMillis();
                if (stamp.equals(ledger.get(key)) || stamp.equals(queued.get(key))) continue;
                if (!stamp.equals(lastSeen.put(f, stamp))) continue;   // changed since the last look: wait until it is steady
                Path manifest = Files.isRegularFile(dir.resolve(MANIFEST)) ? dir.resolve(MANIFEST) : null;
                queued.put(key, stamp);
                jobs.submit("watched " + key, store -> {
                    IngestJob.Summary s = ingest.run(store, List.of(f), manifest, ProgressListener.none());
                    ledger.put(key, stamp);   // only once stored: a crash before this reads the file again
                    queued.remove(key, stamp);
                    return new Jobs.Stored(s, List.of());
                });
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("faultline serve: cannot look into " + dir + ": " + Jobs.describe(e));
        } catch (RuntimeException e) {
            err.println("faultline serve: watching " + dir + " failed: " + Jobs.describe(e));
        }
    }

    private boolean visible(Path f) {
        for (Path part : dir.relativize(f)) if (part.toString().startsWith(".")) return false;
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
