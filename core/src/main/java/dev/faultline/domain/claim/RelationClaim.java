package dev.faultline.domain.claim;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.EventDate;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.relation.RelationType;

import java.util.List;
import java.util.Objects;

/**
 * A relation a report states between two actors it names, in its own words: "the Z Brigades, loyal to
 * Y" (Z ally Y), "Y's armed wing" (the wing member_of Y), "Ahmed Musa, deputy head of the Y Council"
 * (Musa member_of the council), "a coalition led by A and its ally B" (B ally A), "X-backed
 * separatists" (X supports them). The actor stage reads them from the words alone ({@code
 * ResolvedDocument#relations}); who says so and how surely are for the stages after it, as for
 * events. Offsets are characters into the article's clean text.
 *
 * <p>Direction: {@code a type b} reads as the contract's relation types do — a {@code member_of} b,
 * a {@code commands} b, a {@code leads} b, a {@code proxy_of} b, a {@code supports} b (a backs b);
 * {@code ally} and {@code hostile} read the same either way.
 *
 * @param sentence    the sentence that states it; an actor named there lies within its words, while the
 *                    actor an owner pronoun stands for ("Its leader, X, said") may be a mention of an
 *                    earlier sentence
 * @param begin       start of the words that state it (the cue and the actors this sentence names)
 * @param end         end of those words
 * @param text        those words
 * @param a           the mention of the first actor
 * @param b           the mention of the second actor
 * @param cue         the words that carry the relation ("backed by", "loyal to", "deputy head of")
 * @param date        when the relation held by the report's account: the article's date (basis
 *                    {@code article}) as the actor stage reads it, or null for an undated article
 * @param modality    how the report holds it (asserted unless a later stage reads more)
 * @param attribution who says so, outlet first; empty until the attribution stage fills it
 */
public record RelationClaim(String id, ArticleId article, int sentence, int begin, int end, String text,
                            ActorMention a, RelationType type, ActorMention b, String cue, EventDate date,
                            Modality modality, List<Attribution> attribution) {
    public RelationClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(modality, "modality");
        attribution = List.copyOf(attribution);
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("relation claim " + id + ": bad span [" + begin + ", " + end + ")");
        if (sentence < 0) throw new IllegalArgumentException("relation claim " + id + ": bad sentence " + sentence);
        if (a.actor().id().equals(b.actor().id())) {
            throw new IllegalArgumentException("relation claim " + id + ": '" + a.actor().id() + "' " + type.label() + " itself");
        }
        for (ActorMention m : List.of(a, b)) {
            if (m.sentence() == sentence && (m.begin() < begin || m.end() > end)) {
                throw new IllegalArgumentException("relation claim " + id + ": " + m + " lies outside its words [" + begin + ", " + end + ")");
            }
        }
    }

    public RelationClaim withModality(Modality m) {
        return new RelationClaim(id, article, sentence, begin, end, text, a, type, b, cue, date, m, attribution);
    }

    public RelationClaim withAttribution(List<Attribution> chain) {
        return new RelationClaim(id, article, sentence, begin, end, text, a, type, b, cue, date, modality, chain);
    }

    @Override
    public String toString() {
        return a.actor().id() + " " + type.label() + " " + b.actor().id() + " [" + cue + "]";
    }
}
