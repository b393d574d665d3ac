package dev.faultline.app.job;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Outcome;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.ingest.ProgressListener;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.Page;
import dev.faultline.store.PageRequest;
import dev.faultline.store.Store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Analysis as a job, the same for every front: analyses every stored article that needs it (English, not a copy, with
 * text, not yet analysed by this pipeline version, or whose analysis the store discarded) and stores each result as soon
 * as it is done, one article per transaction: a crash loses only the articles in flight, and a re-run picks up where it
 * stopped. Articles are read a page at a time, so the corpus need not fit in memory.
 */
public final class AnalysisJob {
    /** Articles read and handed to the analyzer at once. */
    static final int PAGE = 200;

    private final Analyzer analyzer;

    public AnalysisJob(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** What a run did, for the summary. */
    public record Summary(int analysed, int upToDate, List<String> failures, int sentences, int tokens,
                          Map<EntityType, Integer> entities, int actorMentions, Set<String> actors, Set<String> candidates) {
        public Summary {
            failures = List.copyOf(failures);
            entities = Map.copyOf(entities);
            actors = Set.copyOf(actors);
            candidates = Set.copyOf(candidates);
        }

        public boolean anyFailed() {
            return !failures.isEmpty();
        }
    }

    public Summary run(Store store, ProgressListener progress) {
        String version = analyzer.version();
        Set<ArticleId> todo = new HashSet<>();
        int upToDate = 0;
        for (ArticleInfo a : (Iterable<ArticleInfo>) store.articleInfos()::iterator) {   // no text: which need analysing
            if (!a.language().equals("en") || a.duplicateOf() != null) continue;
            if (store.analysis(a.id()).filter(version::equals).isPresent()) upToDate++;
            else todo.add(a.id());
        }
        progress.started(todo.size());
        Tally tally = new Tally();
        Page<Article> page = store.articles(PageRequest.first(PAGE));
        while (true) {
            List<Article> batch = new ArrayList<>();
            for (Article a : page.items()) if (todo.contains(a.id()) && a.duplicateOf() == null && Analyzer.analyzes(a)) batch.add(a);
            analyzer.analyzeAll(batch, outcome -> {
                if (outcome instanceof Outcome.Analyzed done) {
                    store.saveAnalysis(done.article().id(), version, done.document().actors(), done.coded().events(), done.coded().forces(),
                            done.document().relations());
                    tally.add(done.document().document(), done.document().actors());
                } else if (outcome instanceof Outcome.Failed failed) {
                    tally.failures.add(failed.article().source().display() + ": analysis failed: " + failed.message());
                }
                progress.advanced(outcome.article().id().value());
            });
            if (!page.hasNext()) break;
            page = store.articles(page.nextRequest(PAGE));
        }
        return new Summary(tally.analysed, upToDate, tally.failures, tally.sentences, tally.tokens, tally.entities, tally.actorMentions,
                tally.actors, tally.candidates);
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
