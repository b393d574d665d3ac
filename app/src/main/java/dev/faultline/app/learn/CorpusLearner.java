package dev.faultline.app.learn;

import java.util.List;

/**
 * What the analysis learns from a corpus rather than from one report, as a state that is learnt from a batch and
 * merged: {@code merge(learn(a), learn(b))} equals {@code learn(a ∪ b)}, and merging is commutative, associative and
 * idempotent (a report learnt twice counts once). So one batch, many batches one after another (the command line's
 * re-runs, a server that receives one report at a time and keeps the state in its store) and partitions merged by a
 * tree-aggregate (Spark) all reach the same state from the same reports, whatever their order. What applying a state
 * to a report gives is each learner's own (cleaning, linking), and is a function of the state and the report.
 *
 * @param <I> what it learns from
 * @param <S> the learnt state, immutable
 */
public interface CorpusLearner<I, S> {
    /** The state nothing has been learnt into. */
    S empty();

    /** What {@code batch} teaches. */
    S learn(List<I> batch);

    /** Two states as one. */
    S merge(S a, S b);
}
