package dev.faultline.claims;

import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.claim.AttributionKind;
import dev.faultline.domain.claim.Grade;

import java.util.List;
import java.util.Optional;

/**
 * Where a claim comes from, for counting independent sources: the last outlet its chain cites
 * ("Breitbart: the Jerusalem Post reported" comes from the Jerusalem Post), else the outlet whose
 * story the article runs by its own credit (a wire dateline, byline or credit line: "(AFP) —"; see
 * {@link WireCredit}), else its publishing outlet. Outlets the grades file lists under one id are
 * one source (DEBKAfile and DEBKA Weekly); a report without an outlet is a source of its own.
 *
 * @param key   what two claims must share to be one source
 * @param name  the source's name, for people
 * @param grade its reliability grade
 * @param cited whether the claim relays another outlet rather than its own reporting
 */
record Origin(String key, String name, Grade grade, boolean cited) {
    static Origin of(List<Attribution> chain, Publication publication, String article, OutletGrades grades) {
        String outlet = publication == null ? null : publication.outlet();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Attribution a = chain.get(i);
            if (!a.inText() || a.kind() != AttributionKind.MEDIA) continue;
            String name = a.actor() != null ? a.actor().name() : a.text();
            if (a.actor() != null && grades.find(a.actor().id()).isPresent()) return outlet(grades.find(a.actor().id()).get(), true);
            if (grades.find(name).isPresent()) return outlet(grades.find(name).get(), true);
            if (a.actor() != null) return new Origin("actor:" + a.actor().id(), name, Grade.F, true);
        }
        Optional<OutletGrades.Outlet> wire = publication == null ? Optional.empty() : WireCredit.of(publication.text(), grades);
        if (wire.isPresent() && (outlet == null || grades.find(outlet).map(o -> !o.id().equals(wire.get().id())).orElse(true))) {
            OutletGrades.Outlet w = wire.get();
            return new Origin("outlet:" + w.id(), outlet == null || outlet.isBlank() ? w.name() : w.name() + " (run by " + outlet + ")", w.grade(), true);
        }
        if (outlet == null || outlet.isBlank()) return new Origin("article:" + article, "an unnamed outlet", Grade.F, false);
        return grades.find(outlet).map(o -> new Origin("outlet:" + o.id(), outlet, o.grade(), false))
                .orElseGet(() -> new Origin("outlet:" + OutletGrades.key(outlet), outlet, Grade.F, false));
    }

    private static Origin outlet(OutletGrades.Outlet o, boolean cited) {
        return new Origin("outlet:" + o.id(), o.name(), o.grade(), cited);
    }
}
