package dev.faultline.cli.export;

import dev.faultline.cli.json.ActorJson;
import dev.faultline.cli.json.ArticleJson;
import dev.faultline.cli.json.ClaimJson;
import dev.faultline.cli.json.EventJson;
import dev.faultline.cli.json.ForceJson;
import dev.faultline.cli.json.JsonLines;
import dev.faultline.cli.json.RelationJson;
import dev.faultline.domain.Article;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.relation.Relation;
import dev.faultline.store.Store.ActorSummary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The corpus as JSON Lines, in the contract's shapes the listing commands print: articles (with their
 * text), actors (the listing shape, plus {@code events}; {@code mentions} is 0 for an actor known only
 * as what another belongs to), events and force claims with their assessments, claims, and relations.
 */
public final class Lines {
    private Lines() {
    }

    public static int articles(Corpus c, PrintWriter out) {
        for (Article a : c.articles()) JsonLines.write(out, ArticleJson.of(a));
        return done(out, c.articles().size());
    }

    public static int actors(Corpus c, PrintWriter out) {
        Map<String, Integer> events = c.eventCounts();
        List<ActorSummary> actors = c.actors();
        for (ActorSummary s : actors) JsonLines.write(out, ActorJson.listing(s).put("events", events.getOrDefault(s.actor().id(), 0)));
        return done(out, actors.size());
    }

    public static int events(Corpus c, PrintWriter out) {
        for (CodedEvent e : c.events()) JsonLines.write(out, EventJson.event(e, c.outlet(e.article()), c.assessment(e.id())));
        return done(out, c.events().size());
    }

    /** Every event, then every force claim, that has an assessment (every stored claim has one). */
    public static int claims(Corpus c, PrintWriter out) {
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

    public static int forces(Corpus c, PrintWriter out) {
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
