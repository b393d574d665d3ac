package dev.faultline.app.view.export;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.json.ActorJson;
import dev.faultline.app.view.json.ArticleJson;
import dev.faultline.app.view.json.ClaimJson;
import dev.faultline.app.view.json.EventJson;
import dev.faultline.app.view.json.ForceJson;
import dev.faultline.app.view.json.JsonLines;
import dev.faultline.app.view.json.RelationJson;
import dev.faultline.domain.Article;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Relation;
import dev.faultline.store.Store.ActorSummary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus as JSON Lines, in the contract's shapes the listing commands print: articles (with their
 * text), actors (the listing shape, plus {@code events}; {@code mentions} is 0 for an actor known only
 * as what another belongs to), events and force claims with their assessments, claims, and relations.
 */
public final class Lines {
    private Lines() {
    }

    /** Every article of {@code articles} (read as they are written, a page at a time), with its text. */
    public static int articles(Stream<Article> articles, PrintWriter out) {
        int n = 0;
        for (Article a : (Iterable<Article>) articles::iterator) {
            JsonLines.write(out, ArticleJson.of(a));
            n++;
        }
        return done(out, n);
    }

    public static int actors(CorpusModel c, PrintWriter out) {
        Map<String, Integer> events = c.eventCounts();
        List<ActorSummary> actors = c.actors();
        for (ActorSummary s : actors) JsonLines.write(out, ActorJson.listing(s).put("events", events.getOrDefault(s.actor().id(), 0)));
        return done(out, actors.size());
    }

    public static int events(CorpusModel c, PrintWriter out) {
        for (CodedEvent e : c.events()) JsonLines.write(out, EventJson.event(e, c.outlet(e.article()), c.assessment(e.id())));
        return done(out, c.events().size());
    }

    /** Every event, then every force claim, that has an assessment (every stored claim has one). */
    public static int claims(CorpusModel c, PrintWriter out) {
        int n = 0;
        for (CodedEvent e : c.events()) {
            Assessment a = c.assessment(e.id());
            if (a == null) continue;
            JsonLines.write(out, ClaimJson.event(e, c.article(e.article()), a));
            n++;
        }
        for (ForceClaim f : c.forces()) {
            Assessment a = c.assessment(f.id());
            if (a == null) continue;
            JsonLines.write(out, ClaimJson.force(f, c.article(f.article()), a));
            n++;
        }
        return done(out, n);
    }

    public static int forces(CorpusModel c, PrintWriter out) {
        for (ForceClaim f : c.forces()) JsonLines.write(out, ForceJson.of(f, c.outlet(f.article()), c.assessment(f.id())));
        return done(out, c.forces().size());
    }

    public static int relations(List<Relation> relations, PrintWriter out) {
        for (Relation r : relations) JsonLines.write(out, RelationJson.relation(r));
        return done(out, relations.size());
    }

    private static int done(PrintWriter out, int n) {
        out.flush();
        return n;
    }
}
