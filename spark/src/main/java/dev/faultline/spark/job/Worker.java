package dev.faultline.spark.job;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.ingest.Ingest;

/**
 * What each executor JVM loads once, on first use, and shares between its tasks: ingest (its language model) and the
 * analyzer (CoreNLP's models, the knowledge base, the gazetteer). They do not serialise and need not: every task finds
 * them here. The analyzer runs one thread per task, since Spark runs a task per core.
 */
final class Worker {
    private Worker() {
    }

    static Ingest ingest() {
        return IngestHolder.INGEST;
    }

    static Analyzer analyzer() {
        return AnalyzerHolder.ANALYZER;
    }

    /** Loaded when first asked for (the holder idiom: the JVM makes it once, safely between threads). */
    private static final class IngestHolder {
        static final Ingest INGEST = Ingest.withDefaults();
    }

    private static final class AnalyzerHolder {
        static final Analyzer ANALYZER = Analyzer.load(AnalysisOptions.defaults().withThreads(1));
    }
}
