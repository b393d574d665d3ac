package dev.faultline.domain.claim;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.Modality;

import java.util.List;
import java.util.Objects;

/**
 * A report's statement of how many people an actor has somewhere: "roughly 5,000 Hizballah troops",
 * "Iran has reduced its forces from 7000 to 700" (two claims, from and to). Offsets are characters
 * into the article's clean text.
 *
 * @param actor       the mention of whose forces they are
 * @param personnel   the figure, positive
 * @param text        the words of the figure ("at least 25,000 Shiite fighters")
 * @param date        when the figure holds (the sentence's date, else the narrative's, else the article's); may be null
 * @param place       where the forces are, or null
 * @param attribution who says so, outlet first
 */
public record ForceClaim(String id, ArticleId article, int sentence, int begin, int end, String text, ActorMention actor,
                         long personnel, Estimate estimate, EventDate date, EventPlace place, Modality modality,
                         List<Attribution> attribution) {
    public ForceClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(modality, "modality");
        attribution = List.copyOf(attribution);
        if (personnel <= 0) throw new IllegalArgumentException("force claim " + id + ": a figure must be positive, was " + personnel);
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("force claim " + id + ": bad span [" + begin + ", " + end + ")");
        if (sentence < 0) throw new IllegalArgumentException("force claim " + id + ": bad sentence " + sentence);
    }

    public ForceClaim withPlace(EventPlace p) {
        return new ForceClaim(id, article, sentence, begin, end, text, actor, personnel, estimate, date, p, modality, attribution);
    }

    public ForceClaim withModality(Modality m) {
        return new ForceClaim(id, article, sentence, begin, end, text, actor, personnel, estimate, date, place, m, attribution);
    }

    public ForceClaim withAttribution(List<Attribution> chain) {
        return new ForceClaim(id, article, sentence, begin, end, text, actor, personnel, estimate, date, place, modality, chain);
    }
}
