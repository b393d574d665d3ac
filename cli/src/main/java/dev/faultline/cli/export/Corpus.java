package dev.faultline.cli.export;

import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.relations.AllianceModel;
import dev.faultline.store.Store.ActorSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything an export writes, read once: the stored articles, events and force claims, every
 * claim's assessment (by claim id), the actors' mention summaries and the alliance model built on
 * them. The lookups answer null for what the corpus does not hold.
 */
public final class Corpus {
    private final List<Article> articles;
    private final List<CodedEvent> events;
    private final List<ForceClaim> forces;
    private final Map<String, Assessment> assessments;
    private final List<ActorSummary> summaries;
    private final AllianceModel alliance;
    private final Map<ArticleId, Article> byId = new HashMap<>();
    private final Map<String, ArticleId> claimArticle = new HashMap<>();

    public Corpus(List<Article> articles, List<CodedEvent> events, List<ForceClaim> forces, Map<String, Assessment> assessments,
                  List<ActorSummary> summaries, AllianceModel alliance) {
        this.articles = List.copyOf(articles);
        this.events = List.copyOf(events);
        this.forces = List.copyOf(forces);
        this.assessments = Map.copyOf(assessments);
        this.summaries = List.copyOf(summaries);
        this.alliance = Objects.requireNonNull(alliance, "alliance");
        for (Article a : this.articles) byId.put(a.id(), a);
        for (CodedEvent e : this.events) claimArticle.put(e.id(), e.article());
        for (ForceClaim f : this.forces) claimArticle.put(f.id(), f.article());
    }

    public List<Article> articles() {
        return articles;
    }

    public List<CodedEvent> events() {
        return events;
    }

    public List<ForceClaim> forces() {
        return forces;
    }

    public AllianceModel alliance() {
        return alliance;
    }

    /** The stored article, or null. */
    public Article article(ArticleId id) {
        return byId.get(id);
    }

    /** The article's outlet, or null. */
    public String outlet(ArticleId id) {
        Article a = byId.get(id);
        return a == null ? null : a.outlet();
    }

    /** The claim's assessment, or null. */
    public Assessment assessment(String claimId) {
        return assessments.get(claimId);
    }

    /** How many articles tell the claim's story: its own and those of the other claims of its story. */
    public int articlesOfStory(String claimId) {
        Set<ArticleId> seen = new HashSet<>();
        ArticleId own = claimArticle.get(claimId);
        if (own != null) seen.add(own);
        Assessment a = assessments.get(claimId);
        if (a != null) {
            for (String other : a.sameStory()) {
                ArticleId id = claimArticle.get(other);
                if (id != null) seen.add(id);
            }
        }
        return Math.max(1, seen.size());
    }

    /**
     * Every actor of the export: the alliance model's (the actors events and force claims name, and the
     * known actors of their lineages), most active first, then any other actor mentioned in a stored
     * article; each with its mention summary (zero mentions for an actor known only as a lineage's member).
     */
    public List<ActorSummary> actors() {
        Map<String, ActorSummary> summary = new LinkedHashMap<>();
        for (ActorSummary s : summaries) summary.put(s.actor().id(), s);
        List<ActorSummary> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ActorRef r : alliance.actors()) {
            ActorSummary s = summary.get(r.id());
            out.add(s != null ? new ActorSummary(r, s.mentions(), s.articles(), s.spellings()) : new ActorSummary(r, 0, 0, List.of()));
            done.add(r.id());
        }
        for (ActorSummary s : summaries) if (done.add(s.actor().id())) out.add(s);
        return out;
    }

    /** How many events name each actor as source or target, by actor id. */
    public Map<String, Integer> eventCounts() {
        return eventCounts(events);
    }

    /** How many of {@code events} name each actor as source or target, by actor id (an event counts once per actor). */
    public static Map<String, Integer> eventCounts(List<CodedEvent> events) {
        Map<String, Integer> n = new HashMap<>();
        for (CodedEvent e : events) {
            Set<String> ids = new HashSet<>();
            for (ActorMention m : e.source()) ids.add(m.actor().id());
            for (ActorMention m : e.target()) ids.add(m.actor().id());
            for (String id : ids) n.merge(id, 1, Integer::sum);
        }
        return n;
    }
}
