package dev.faultline.nlp.bench;

/** One measured run: what was processed and how long it took. */
record RunResult(int articles, long sentences, long tokens, long parsedSentences, double seconds) {
    double tokensPerSecond() {
        return tokens / seconds;
    }

    double sentencesPerSecond() {
        return sentences / seconds;
    }

    double articlesPerSecond() {
        return articles / seconds;
    }
}
