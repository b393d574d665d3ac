package dev.faultline.cli;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Outcome;
import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.Store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses every stored article that needs it (English, not a copy, not yet analysed by this
 * pipeline version) and stores each result as it completes, one article per transaction: a crash
 * loses only the article in flight, and a re-run picks up where it stopped.
 */
final class AnalysisRun {
    private AnalysisRun() {}

    /** What a run did, for the summary. */
    record Summary(int analysed, int upToDate, List<String> failures, int sentences, int tokens,
                   Map<EntityType, Integer> entities, int actorMentions, Set<String> actors, Set<String> candidates) {
        boolean anyFailed() {
            return !failures.isEmpty();
        }
    }

    static Summary run(Analyzer analyzer, Store store, ProgressListener progress) {
        String version = analyzer.version();
        List<Article> todo = new ArrayList<>();
        int upToDate = 0;
        for (Article a : store.articles()) {
            if (!Analyzer.analyzes(a)) continue;
            if (store.analysis(a.id()).filter(version::equals).isPresent()) upToDate++;
            else todo.add(a);
        }
        progress.started(todo.size());
        Tally tally = new Tally();
        analyzer.analyzeAll(todo, outcome -> {
            if (outcome instanceof Outcome.Analyzed done) {
                store.saveAnalysis(done.article().id(), version, done.document().actors(), done.coded().events(), done.coded().forces());
                tally.add(done.document().document(), done.document().actors());
            } else if (outcome instanceof Outcome.Failed failed) {
                tally.failures.add(failed.article().source().display() + ": analysis failed: " + failed.message());
            }
            progress.advanced(outcome.article().id().value());
        });
        return new Summary(tally.analysed, upToDate, List.copyOf(tally.failures), tally.sentences, tally.tokens,
                Map.copyOf(tally.entities), tally.actorMentions, Set.copyOf(tally.actors), Set.copyOf(tally.candidates));
    }

    private static final class Tally {
        int analysed;
        int sentences;
        int tokens;
        int actorMentions;
        final Map<EntityType, Integer> entities = new EnumMap<>(EntityType.class);
        final Set<String> actors = new HashSet<>();
        final Set<String> candidates = new HashSet<>();
        final List<String> failures = new ArrayList<>();

        void add(AnnotatedDocument d, List<ActorMention> mentions) {
            analysed++;
            sentences += d.sentences().size();
            tokens += d.tokenCount();
            for (Mention m : d.mentions()) entities.merge(m.type(), 1, Integer::sum);
            actorMentions += mentions.size();
            for (ActorMention m : mentions) {
                actors.add(m.actor().id());
                if (m.actor().origin() == ActorRef.Origin.CANDIDATE) candidates.add(m.actor().id());
            }
        }
    }
}
