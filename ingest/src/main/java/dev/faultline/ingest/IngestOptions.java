package dev.faultline.ingest;

import java.time.Clock;
import java.util.Objects;

/**
 * How ingest behaves.
 *
 * @param maxFileBytes        largest file holding one report (text, HTML) that is read; larger is skipped
 * @param maxManyReportBytes  largest JSON Lines or feed file that is read (read whole into memory)
 * @param boilerplateReports  a short line found in at least this many reports of a batch is boilerplate
 * @param duplicateThreshold  estimated Jaccard similarity from which an article is a near-duplicate
 * @param languageMinLetters  fewer letters than this and the language is "und", unflagged
 * @param languageMinConfidence below this detector confidence the language is "und", unflagged. OpenNLP spreads
 *                            its probability over 103 languages: a clear paragraph scores 0.15-0.5, a short
 *                            phrase about 0.02, hence the default 0.1
 * @param clock               today's date, for ignoring dates in the future when estimating
 */
public record IngestOptions(long maxFileBytes, long maxManyReportBytes, int boilerplateReports,
                            double duplicateThreshold, int languageMinLetters, double languageMinConfidence,
                            Clock clock) {
    public static final long MB = 1024L * 1024L;

    public IngestOptions {
        Objects.requireNonNull(clock, "clock");
        if (maxFileBytes <= 0 || maxManyReportBytes <= 0) throw new IllegalArgumentException("size limits must be positive");
        if (boilerplateReports < 2) throw new IllegalArgumentException("boilerplate needs at least 2 reports to recur in");
        if (duplicateThreshold <= 0 || duplicateThreshold > 1) throw new IllegalArgumentException("duplicate threshold must be in (0, 1]");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(10 * MB, 512 * MB, 3, 0.8, 60, 0.1, Clock.systemUTC());
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, maxManyReportBytes, boilerplateReports, duplicateThreshold, languageMinLetters,
                languageMinConfidence, clock);
    }

    public IngestOptions withClock(Clock c) {
        return new IngestOptions(maxFileBytes, maxManyReportBytes, boilerplateReports, duplicateThreshold, languageMinLetters,
                languageMinConfidence, c);
    }
}
