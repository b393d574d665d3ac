package dev.faultline.events.sources;

/**
 * One act of saying in a sentence: its verb token, and the sources it names, outermost first, as
 * half-open token ranges ("an official told Bas News that": Bas News [relay], then the official).
 *
 * @param sources  token ranges {@code [begin, end)}, outermost first
 * @param alleging the verb alleges ("claimed", "accused") rather than reports
 * @param rank     where the act stands in the sentence's chain: 0 for a closing report (", the Jerusalem
 *                 Post reported."), then text order, relayed sources ("citing X") last
 */
record SpeechAct(int verb, java.util.List<int[]> sources, boolean alleging, int rank) {
    SpeechAct {
        sources = java.util.List.copyOf(sources);
    }
}
