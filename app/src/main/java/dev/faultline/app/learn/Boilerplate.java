package dev.faultline.app.learn;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.RawReport;
import dev.faultline.ingest.Ingest;
import dev.faultline.ingest.clean.BoilerplateIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Page boilerplate as a corpus-level learner: the short lines that recur in {@code bound} different reports read
 * (ingest's {@code boilerplateReports}) are debris in every report that holds them.
 *
 * <p><b>The rule that makes it converge.</b> What a report's cleaning gives is a function of the report and of which of
 * its short lines recur among all the reports read, stored or not (a report that cleaning leaves empty was read all the
 * same). It never depends on the order or batching of the reports. When a line becomes boilerplate (its holders reach
 * the bound), the reports that held it before (its kept holders before the batch that made it recur: a line that does
 * not recur keeps all its holders) are cleaned again from their stored
 * input, and analysed again where their text changed (the store discards an analysis whose text changed). So a store
 * fed one report at a time ends where a store fed all of them at once does.
 */
public final class Boilerplate implements CorpusLearner<RawReport, LineHolders> {
    private final Ingest ingest;
    private final int bound;

    public Boilerplate(Ingest ingest) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.bound = ingest.options().boilerplateReports();
    }

    @Override
    public LineHolders empty() {
        return LineHolders.empty(bound);
    }

    /** Each report (by the id of its body) as a holder of each of its short lines. */
    @Override
    public LineHolders learn(List<RawReport> batch) {
        Map<String, List<ArticleId>> holders = new HashMap<>();
        for (RawReport r : batch) {
            ArticleId id = ArticleId.of(r.body());
            for (String key : BoilerplateIndex.keysOf(r.body())) holders.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        return LineHolders.of(bound, holders);
    }

    /** What one report teaches. */
    public LineHolders learn(RawReport report) {
        return LineHolders.of(bound, ArticleId.of(report.body()), BoilerplateIndex.keysOf(report.body()));
    }

    @Override
    public LineHolders merge(LineHolders a, LineHolders b) {
        return a.merge(b);
    }

    /** The report cleaned with the lines {@code state} says recur (it must hold the report's own lines, learnt). */
    public Ingest.Cleaned apply(LineHolders state, RawReport report) {
        return ingest.clean(report, state.restrictedTo(BoilerplateIndex.keysOf(report.body())).index());
    }
}
