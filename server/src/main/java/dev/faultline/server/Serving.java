package dev.faultline.server;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.job.AnalysisJob;
import dev.faultline.app.job.IngestJob;
import dev.faultline.app.model.CorpusModels;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.ingest.Ingest;
import dev.faultline.server.api.Corpus;
import dev.faultline.server.live.Channel;
import dev.faultline.server.live.Jobs;
import dev.faultline.server.live.ReportsApi;
import dev.faultline.store.Store;

/**
 * The server assembled over an open store: one corpus model per store revision, one job runner with the analyzer
 * (loaded once by the caller and shared), the API and the UI. The caller keeps the store and closes it after this.
 */
public final class Serving {
    private Serving() {}

    /** The server over {@code store}; {@code analyzer} null stores uploads without analysing them. Not yet started. */
    public static FaultlineServer over(Store store, Analyzer analyzer, CorpusSettings settings, String token) {
        Corpus corpus = new Corpus(store, new CorpusModels(store, settings));
        Ingest ingest = Ingest.withDefaults();
        Jobs jobs = new Jobs(corpus, new IngestJob(ingest), analyzer == null ? null : new AnalysisJob(analyzer), new Channel());
        return new FaultlineServer(corpus, jobs, new ReportsApi(jobs, ingest), token, version());
    }

    static String version() {
        String v = Serving.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
