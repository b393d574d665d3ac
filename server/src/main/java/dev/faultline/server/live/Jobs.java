package dev.faultline.server.live;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.domain.Article;
import dev.faultline.domain.Problem;
import dev.faultline.domain.RawReport;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.server.api.Corpus;
import dev.faultline.server.api.EventsApi;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs ingest-and-analyse jobs one at a time on one thread (the analyzer's models are loaded once and the analysis
 * job uses every core itself), for uploads, the watched folder and feeds alike. A job stores its reports, analyses
 * what needs it, then sends its articles' events on its own stream and on the live stream ({@code /api/stream}),
 * with the store's new revision. Bad input never fails a job: each problem is one line in it, as the command line
 * prints it. The last {@link #KEPT} jobs are kept for {@code GET /api/jobs/{id}}.
 */
public final class Jobs implements AutoCloseable {
    static final int KEPT = 500;

    private final Corpus corpus;
    private final IngestJob ingest;
    private final AnalysisJob analysis;
    private final Channel live;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-jobs");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private int submitted;
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    /** {@code analysis} null: jobs only store (a server started without the analyzer). */
    public Jobs(Corpus corpus, IngestJob ingest, AnalysisJob analysis, Channel live) {
        this.corpus = corpus;
        this.ingest = ingest;
        this.analysis = analysis;
        this.live = live;
    }

    /** The live stream every job's events go to. */
    public Channel live() {
        return live;
    }

    /** How many jobs were submitted since the start. */
    public synchronized int submitted() {
        return submitted;
    }

    public synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Queues the ingest of reports received as they are (an upload), with the problems met reading them. */
    public Job submit(String label, List<RawReport> reports, List<Problem> readProblems) {
        return submit(label, store -> {
            IngestJob.Summary s = ingest.ingest(store, reports);
            return new Stored(s, readProblems);
        });
    }

    /** Queues work that stores reports and says what it stored (a watched file, a feed). */
    public Job submit(String label, Function<dev.faultline.store.Store, Stored> store) {
        Job job;
        synchronized (this) {
            job = new Job(HexFormat.of().formatHex(bytes()), label);
            jobs.put(job.id(), job);
            submitted++;
        }
        worker.submit(() -> run(job, store));
        return job;
    }

    private byte[] bytes() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return b;
    }

    /** What a job's storing step did: the ingest's summary and the problems met before it (reading an upload). */
    public record Stored(IngestJob.Summary summary, List<Problem> readProblems) {}

    private void run(Job job, Function<dev.faultline.store.Store, Stored> storing) {
        try {
            job.running(0);
            Stored stored = storing.apply(corpus.store());
            for (Problem p : stored.readProblems()) job.problem(line(p));
            for (Problem p : stored.summary().problems()) if (!stored.readProblems().contains(p)) job.problem(line(p));
            for (Article a : stored.summary().articles()) job.article(a.id().value());
            if (analysis != null) {
                analysis.run(corpus.store(), new ProgressListener() {
                    @Override
                    public void started(long total) {
                        job.running(total);
                    }

                    @Override
                    public void advanced(String item) {
                        job.advanced();
                    }
                }).failures().forEach(job::problem);
            }
            CorpusModel m = corpus.now().model();
            for (Article a : stored.summary().articles()) {
                for (CodedEvent e : corpus.store().events(a.id())) {
                    var row = EventsApi.row(m, e);
                    job.event(row);
                    live.send("event", row);
                }
            }
            live.send("revision", JsonNodeFactory.instance.objectNode().put("revision", m.revision()));
            job.finish(Job.State.done);
        } catch (RuntimeException | Error e) {
            job.problem(job.label() + ": the job failed: " + describe(e));
            job.finish(Job.State.failed);
        }
    }

    /** A problem as the command line prints it, less its "faultline: " prefix. */
    static String line(Problem p) {
        return (p.severity() == Problem.Severity.SKIPPED ? "skipped " : "warning: ") + p;
    }

    /** A failure as one line: its message and its causes' that carry one. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() == null || c.getMessage().isBlank() || sb.indexOf(c.getMessage().strip()) >= 0) continue;
            if (sb.length() > 0) sb.append(": ");
            sb.append(c.getMessage().strip().replaceAll("\\s+", " "));
        }
        return sb.length() == 0 ? t.getClass().getSimpleName() : sb.toString();
    }

    /** Waits for the queued jobs to end (tests, shutdown). */
    public void drain(long seconds) throws InterruptedException {
        var f = worker.submit(() -> { });
        try {
            f.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("jobs did not end within " + seconds + " s", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        live.closeAll();
    }
}
