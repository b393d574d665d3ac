package dev.faultline.app.model;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.claims.Assessor;
import dev.faultline.claims.Publication;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.relations.AllianceModel;
import dev.faultline.relations.StatedRelation;
import dev.faultline.store.ArticleInfo;
import dev.faultline.store.EventQuery;
import dev.faultline.store.Store;
import dev.faultline.store.Store.ActorSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stored corpus, assessed: every article's description (no text), every event, force claim and relation claim, each claim's
 * assessment against all the others (credibility depends on the whole corpus, not on what a listing shows), the actors'
 * mention summaries, and the alliance model built on them (on first use). Every view (the listings, the exports, the
 * report, a server's pages) reads this one model, so they cannot disagree. Immutable once built and safe to share
 * between threads; {@link #revision()} says which state of the store it holds (see {@link CorpusModels}).
 */
public final class CorpusModel {
    /** How often the reports must name an actor for the alliance model to place it by the knowledge base alone. */
    static final int NAMED_MENTIONS = 2;

    private final long revision;
    private final CorpusSettings settings;
    private final List<ArticleInfo> articles;
    private final Map<ArticleId, ArticleInfo> byId = new HashMap<>();
    private final List<CodedEvent> events;
    private final List<ForceClaim> forces;
    private final List<RelationClaim> relationClaims;
    private final Map<String, Assessment> assessments;
    private final List<ActorSummary> summaries;
    private final Map<String, ArticleId> claimArticle = new HashMap<>();
    private volatile AllianceModel alliance;

    private CorpusModel(long revision, CorpusSettings settings, List<ArticleInfo> articles, List<CodedEvent> events, List<ForceClaim> forces,
                        List<RelationClaim> relationClaims, Map<String, Assessment> assessments, List<ActorSummary> summaries) {
        this.revision = revision;
        this.settings = settings;
        this.articles = List.copyOf(articles);
        this.events = List.copyOf(events);
        this.forces = List.copyOf(forces);
        this.relationClaims = List.copyOf(relationClaims);
        this.assessments = Map.copyOf(assessments);
        this.summaries = List.copyOf(summaries);
        for (ArticleInfo a : this.articles) byId.put(a.id(), a);
        for (CodedEvent e : this.events) claimArticle.put(e.id(), e.article());
        for (ForceClaim f : this.forces) claimArticle.put(f.id(), f.article());
        for (RelationClaim r : this.relationClaims) claimArticle.put(r.id(), r.article());
    }

    /**
     * Reads the store's article descriptions (never their texts; the ends of them, where a wire credit is, come with the
     * descriptions), events, force and relation claims and actor summaries and assesses every event and force claim (a
     * relation claim is not assessed: it weighs as an unassessed claim). The revision is read first: a write meanwhile
     * makes the model look older than it is, never newer.
     */
    public static CorpusModel read(Store store, CorpusSettings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        long revision = store.revision();
        List<ArticleInfo> articles = store.articleInfos().toList();
        // Each article's outlet, and the ends of its text the store keeps, where a wire credit says whose story it runs.
        Map<ArticleId, Publication> publications = new HashMap<>();
        for (ArticleInfo a : articles) publications.put(a.id(), new Publication(a.outlet(), a.textEnds()));
        List<CodedEvent> events = store.events(EventQuery.all()).toList();
        List<ForceClaim> forces = store.forceClaims(Optional.empty());
        List<RelationClaim> relationClaims = store.relationClaims();
        Map<String, Assessment> assessments = new Assessor(settings.grades()).assessPublications(events, forces, publications);
        return new CorpusModel(revision, settings, articles, events, forces, relationClaims, assessments, store.actorSummaries());
    }

    /** The store revision this model was read at. */
    public long revision() {
        return revision;
    }

    /** Every stored article's description, in the store's order (by publication date, then id). */
    public List<ArticleInfo> articles() {
        return articles;
    }

    public int articleCount() {
        return articles.size();
    }

    /** The stored article's description, or null. */
    public ArticleInfo article(ArticleId id) {
        return byId.get(id);
    }

    /** The article's outlet, or null when it has none or is not stored. */
    public String outlet(ArticleId id) {
        ArticleInfo a = byId.get(id);
        return a == null ? null : a.outlet();
    }

    /** Every stored event, by date (undated last), then article, then position. */
    public List<CodedEvent> events() {
        return events;
    }

    /** Every stored force claim, by date (undated last), then article, then position. */
    public List<ForceClaim> forces() {
        return forces;
    }

    /** Every stored relation claim ("A, backed by B"), by date (undated last), then article, then position. */
    public List<RelationClaim> relationClaims() {
        return relationClaims;
    }

    /** The claim's assessment, or null for a claim this corpus does not hold. */
    public Assessment assessment(String claimId) {
        return assessments.get(claimId);
    }

    /** Every claim's assessment, by claim id. */
    public Map<String, Assessment> assessments() {
        return assessments;
    }

    /** Every actor mentioned in a stored article, most mentioned first, as the store summarises them. */
    public List<ActorSummary> actorSummaries() {
        return summaries;
    }

    /**
     * The alliance model of these claims and assessments, with the knowledge base's links, the relations the reports
     * state (those they hold to be so) and the actors the reports name often enough; built on first use (loading the
     * knowledge base) and kept.
     */
    public AllianceModel alliance() {
        AllianceModel m = alliance;
        if (m != null) return m;
        synchronized (this) {
            if (alliance == null) {
                KnowledgeBase kb = settings.knowledge().get();
                ActorResolver resolver = ActorResolver.create(kb);
                List<ActorRef> named = summaries.stream().filter(a -> a.mentions() >= NAMED_MENTIONS).map(ActorSummary::actor).toList();
                List<StatedRelation> stated = relationClaims.stream()
                        .flatMap(r -> StatedRelation.of(r, assessments.get(r.id())).stream()).toList();
                alliance = AllianceModel.build(kb.links(), id -> resolver.known(id, settings.today()).orElse(null), events, forces,
                        assessments, named, stated);
            }
            return alliance;
        }
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
     * Every actor of the model: the alliance model's (the actors events and force claims name, and the known actors of
     * their lineages), most active first, then any other actor mentioned in a stored article; each with its mention
     * summary (zero mentions for an actor known only as a lineage's member).
     */
    public List<ActorSummary> actors() {
        Map<String, ActorSummary> summary = new LinkedHashMap<>();
        for (ActorSummary s : summaries) summary.put(s.actor().id(), s);
        List<ActorSummary> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ActorRef r : alliance().actors()) {
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
