package dev.faultline.nlp;

/**
 * How the language layer runs.
 *
 * @param threads         worker threads for {@link LanguageLayer#annotateAll(java.util.List)} (≥ 1)
 * @param maxParseTokens  sentences longer than this are not parsed (left without a graph): the
 *                        parser's cost grows with length and such "sentences" are usually lists or
 *                        tables that slipped through cleaning
 */
public record LayerOptions(int threads, int maxParseTokens) {
    public LayerOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (maxParseTokens < 1) throw new IllegalArgumentException("maxParseTokens must be >= 1, was " + maxParseTokens);
    }

    /** All cores; parse sentences up to 120 tokens. */
    public static LayerOptions defaults() {
        return new LayerOptions(Runtime.getRuntime().availableProcessors(), 120);
    }

    public LayerOptions withThreads(int n) {
        return new LayerOptions(n, maxParseTokens);
    }
}
