package dev.faultline.app.view.report;

import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.view.text.Chains;
import dev.faultline.app.view.text.Figures;
import dev.faultline.app.view.report.ReportModel.EventRow;
import dev.faultline.app.view.report.ReportModel.ForceClaimRow;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.relations.AllianceModel;
import dev.faultline.store.ArticleInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns events and force claims into the rows a reader checks them by: names, sentence, outlet, credibility. */
final class ReportRows {
    private final Map<ArticleId, ArticleInfo> articles = new HashMap<>();
    private final Map<String, Assessment> assessments;
    private final AllianceModel alliance;

    ReportRows(CorpusModel in) {
        for (ArticleInfo a : in.articles()) articles.put(a.id(), a);
        this.assessments = in.assessments();
        this.alliance = in.alliance();
    }

    EventRow event(CodedEvent e) {
        ArticleInfo a = articles.get(e.article());
        Assessment s = assessments.get(e.id());
        return new EventRow(e.id(), date(e.date()), e.type().name(), e.quad(), e.modality().label(), dyad(e), e.text(),
                e.place() == null ? null : e.place().name(), a == null ? null : a.outlet(), a == null ? null : a.title(),
                Chains.cited(e.attribution()), s == null ? 0 : s.credibility(), label(s), s == null ? List.of() : s.reasons());
    }

    ForceClaimRow force(ForceClaim f) {
        ArticleInfo a = articles.get(f.article());
        Assessment s = assessments.get(f.id());
        return new ForceClaimRow(f.id(), Figures.personnel(f), f.text(), date(f.date()), a == null ? null : a.outlet(), Chains.cited(f.attribution()),
                s == null ? 0 : s.credibility(), label(s));
    }

    /** "≥ 25,000 Iran (DEBKAfile, 2018-09)". */
    String describe(ForceClaim f) {
        ArticleInfo a = articles.get(f.article());
        String outlet = a == null || a.outlet() == null ? "unknown outlet" : a.outlet();
        String when = f.date() == null ? "undated" : f.date().value().value();
        return Figures.personnel(f) + " " + name(f.actor().actor()) + " (" + outlet + ", " + when + ")";
    }

    /** The actor's name as the model knows it. */
    String name(ActorRef a) {
        return alliance.actor(a.id()).map(ActorRef::name).orElse(a.name());
    }

    String name(String id) {
        return alliance.actor(id).map(ActorRef::name).orElse(id);
    }

    /** "Israel → Iran", "Hezbollah" (no target), "→ Iran" (no source), "" (neither). */
    String dyad(CodedEvent e) {
        String source = names(e.source());
        String target = names(e.target());
        if (target.isEmpty()) return source;
        return source.isEmpty() ? "→ " + target : source + " → " + target;
    }

    private String names(List<ActorMention> ms) {
        return ms.stream().map(m -> name(m.actor())).distinct().collect(Collectors.joining(", "));
    }

    private static String date(EventDate d) {
        return d == null ? null : d.value().value();
    }

    private static String label(Assessment s) {
        return s == null ? "not assessed" : s.label();
    }
}
