package dev.faultline.claims;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.Estimate;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.Modality;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event or a force claim seen as a claim: what a report says, about whom, when and where, on
 * whose word. {@code kind} is the PLOVER type of an event, or "FORCE"; {@code text} is the words the
 * report tells it in (an event's sentence), by which copies of one text are told apart from
 * independent reports.
 */
record Claim(String id, ArticleId article, int sentence, String kind, Set<String> sources, Set<String> targets,
             Set<String> lineage, LocalDate from, LocalDate to, EventPlace place, Modality modality,
             List<Attribution> chain, Long killed, Long personnel, Estimate estimate, String text) {
    static final String FORCE = "FORCE";

    static Claim of(CodedEvent e) {
        return new Claim(e.id(), e.article(), e.sentence(), e.type().name(), ids(e.source()), ids(e.target()),
                lineage(e.source(), e.target()), start(e.date()), end(e.date()), e.place(), e.modality(), e.attribution(),
                e.size() == null ? null : e.size().killed(), null, null, e.text());
    }

    static Claim of(ForceClaim f) {
        return new Claim(f.id(), f.article(), f.sentence(), FORCE, Set.of(f.actor().actor().id()), Set.of(),
                lineage(List.of(f.actor()), List.of()), start(f.date()), end(f.date()), f.place(), f.modality(), f.attribution(),
                null, f.personnel(), f.estimate(), f.text());
    }

    boolean hasActors() {
        return !sources.isEmpty() || !targets.isEmpty();
    }

    private static Set<String> ids(List<ActorMention> ms) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention m : ms) out.add(m.actor().id());
        return out;
    }

    private static Set<String> lineage(List<ActorMention> a, List<ActorMention> b) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention m : a) out.addAll(m.actor().lineage());
        for (ActorMention m : b) out.addAll(m.actor().lineage());
        return out;
    }

    private static LocalDate start(EventDate d) {
        return d == null ? null : d.value().start();
    }

    private static LocalDate end(EventDate d) {
        return d == null ? null : d.value().end();
    }
}
