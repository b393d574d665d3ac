package dev.faultline.server;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.domain.Problem;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.server.live.Feeds;
import dev.faultline.server.live.Jobs;
import dev.faultline.server.live.Watcher;
import dev.faultline.store.Store;
import dev.faultline.store.adapters.Stores;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code faultline serve}: analyses the reports given, then serves the store until stopped (Ctrl-C). The launcher
 * script runs this class for {@code serve}; the other commands are the command line's.
 */
public final class Serve {
    static final int OK = 0, FAILURE = 1, USAGE = 2;
    static final Path DEFAULT_DB = Path.of("faultline.duckdb");

    private Serve() {}

    public static void main(String[] args) throws InterruptedException {
        int code = run(args, System.err);
        if (code != OK) System.exit(code);
    }

    static int run(String[] args, PrintStream err) throws InterruptedException {
        ServeOptions o;
        try {
            o = ServeOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("faultline serve: " + e.getMessage());
            err.print(ServeOptions.USAGE);
            return USAGE;
        }
        if (o.help()) {
            System.out.print(ServeOptions.USAGE);
            return OK;
        }
        if (o.token() == null && !Access.loopback(o.bind())) {
            err.println("faultline serve: bound to " + o.bind() + ", beyond loopback, the server needs a token: "
                    + "--token-file FILE or FAULTLINE_TOKEN (at least 16 characters)");
            return USAGE;
        }
        Store store;
        try {
            store = o.dbUrl() != null ? Stores.postgres(o.dbUrl()) : Stores.duckdb(o.db() != null ? o.db() : DEFAULT_DB);
        } catch (RuntimeException e) {
            err.println("faultline serve: cannot open the store: " + Jobs.describe(e));
            return FAILURE;
        }
        err.println("faultline serve: loading the analysis models...");
        AnalysisOptions options = o.threads() == null ? AnalysisOptions.defaults() : AnalysisOptions.defaults().withThreads(o.threads());
        Analyzer analyzer = Analyzer.load(options);
        if (!o.paths().isEmpty()) analyse(store, analyzer, o, err);
        FaultlineServer server = Serving.over(store, analyzer, CorpusSettings.defaults(), o.token());
        try {
            server.start(o.bind(), o.port());
        } catch (RuntimeException e) {
            err.println("faultline serve: cannot listen on " + o.bind() + ":" + o.port() + ": " + Jobs.describe(e));
            store.close();
            return FAILURE;
        }
        Path state = stateDir(o);
        Watcher watcher = o.watch() == null ? null : Watcher.start(o.watch(), state, server.jobs(), Ingest.withDefaults(), err);
        Feeds feeds = o.feeds().isEmpty() ? null : Feeds.start(o.feeds(), o.feedMinutes(), state, server.jobs(), err);
        String host = o.bind().contains(":") ? "[" + o.bind() + "]" : o.bind();
        err.println("faultline serve: serving " + store.describe() + " at http://" + host + ":" + server.port() + "/"
                + (o.token() != null ? "#token=… (the token is needed)" : "") + "; Ctrl-C stops it");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) watcher.close();
            if (feeds != null) feeds.close();
            server.close();
            store.close();
            stopped.countDown();
        }, "faultline-stop"));
        stopped.await();
        return OK;
    }

    /** Where the watcher and the feeds remember what they read: beside the DuckDB file, or in the user's cache. */
    static Path stateDir(ServeOptions o) {
        if (o.dbUrl() == null) {
            Path db = (o.db() != null ? o.db() : DEFAULT_DB).toAbsolutePath();
            return db.resolveSibling(db.getFileName() + ".serve");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "faultline", "serve", Integer.toHexString(o.dbUrl().hashCode()));
    }

    private static void analyse(Store store, Analyzer analyzer, ServeOptions o, PrintStream err) {
        IngestJob.Summary s = new IngestJob(Ingest.withDefaults()).run(store, o.paths(), o.manifest(), ProgressListener.none());
        for (Problem p : s.problems()) err.println("faultline: " + (p.severity() == Problem.Severity.SKIPPED ? "skipped " : "warning: ") + p);
        err.println("faultline serve: stored " + s.describe(store.describe()));
        AnalysisJob.Summary a = new AnalysisJob(analyzer).run(store, ProgressListener.none());
        a.failures().forEach(f -> err.println("faultline: " + f));
        err.println("faultline serve: analysed " + a.analysed() + " article" + (a.analysed() == 1 ? "" : "s")
                + (a.upToDate() > 0 ? " (" + a.upToDate() + " already up to date)" : ""));
    }
}
