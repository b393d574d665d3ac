package dev.faultline.actors.resolver;

import dev.faultline.domain.Ids;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.IdentityClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.text.AnnotatedDocument;

import java.util.List;

/**
 * Makes the claims of one document from what its readers found: stable ids from the article and
 * the words, the article's date (the claim holds at least when it was published), the words that
 * state it.
 */
final class DocumentClaims {
    private final AnnotatedDocument doc;
    private final EventDate date;

    DocumentClaims(AnnotatedDocument doc) {
        this.doc = doc;
        this.date = doc.article().published() == null ? null : new EventDate(doc.article().published().date(), EventDate.Basis.ARTICLE);
    }

    /** The claim of what {@code s} states, its mentions as {@code profiled} gives them. */
    RelationClaim relation(StatedRelations.Stated s, Words ws, java.util.Map<ActorMention, ActorMention> profiled) {
        ActorMention a = profiled.get(s.a().mention()), b = profiled.get(s.b().mention());
        int cueBegin = ws.tokenOf(s.cueFrom()).begin(), cueEnd = ws.tokenOf(s.cueTo() - 1).end();
        int begin = cueBegin, end = cueEnd;
        for (ActorMention m : List.of(a, b)) {
            if (m.sentence() != ws.sentence.index()) continue;         // an owner pronoun's actor from an earlier sentence
            begin = Math.min(begin, m.begin());
            end = Math.max(end, m.end());
        }
        String id = Ids.of(doc.article().id().value() + "/relation/" + a.begin() + "/" + s.type().label() + "/" + b.begin());
        return new RelationClaim(id, doc.article().id(), ws.sentence.index(), begin, end, doc.text(begin, end), a, s.type(), b,
                doc.text(cueBegin, cueEnd), date, Modality.ASSERTED, List.of());
    }

    IdentityClaim identity(ActorMention actor, IdentityClaim.Attribute attribute, String value, int begin, int end) {
        String id = Ids.of(doc.article().id().value() + "/identity/" + actor.begin() + "/" + attribute.label() + "/" + value);
        return new IdentityClaim(id, doc.article().id(), actor.sentence(), begin, end, doc.text(begin, end), actor, attribute, value,
                date, List.of());
    }
}
