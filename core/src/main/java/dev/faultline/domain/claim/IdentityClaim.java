package dev.faultline.domain.claim;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.event.EventDate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report says an actor is, in its own words: another name for it ("the Council" after "the
 * National Y Council", "Julani" after "al-Jolani"), its country ("the Sudanese paramilitary Rapid
 * Support Forces"), its sector ("the separatist Y Council", "Y, a rebel group"). The actor stage reads
 * these for actors the knowledge base lacks and applies them to the document's references (a
 * candidate's country and sector); the claims keep where each came from, so they can be stored and
 * shown, and outweighed by other reports. Offsets are characters into the article's clean text.
 *
 * @param actor       the mention of the actor the claim is about
 * @param attribute   what the claim says
 * @param value       an alias as written; an ISO 3166-1 alpha-3 country; a CAMEO sector code; an
 *                    {@link ActorKind} label
 * @param begin       start of the words that say it
 * @param end         end of those words
 * @param date        the article's date (basis {@code article}), or null for an undated article
 * @param attribution who says so, outlet first; empty until the attribution stage fills it
 */
public record IdentityClaim(String id, ArticleId article, int sentence, int begin, int end, String text,
                            ActorMention actor, Attribute attribute, String value, EventDate date,
                            List<Attribution> attribution) {
    /** What an identity claim says of its actor. */
    public enum Attribute {
        ALIAS, COUNTRY, SECTOR, KIND;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public IdentityClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        attribution = List.copyOf(attribution);
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("identity claim " + id + ": bad span [" + begin + ", " + end + ")");
        if (sentence < 0) throw new IllegalArgumentException("identity claim " + id + ": bad sentence " + sentence);
        boolean valid = switch (attribute) {
            case ALIAS -> !value.isBlank();
            case COUNTRY -> Actor.ISO3.matcher(value).matches();
            case SECTOR -> Sector.parse(value).isPresent();
            case KIND -> java.util.Arrays.stream(ActorKind.values()).anyMatch(k -> k.name().equalsIgnoreCase(value));
        };
        if (!valid) throw new IllegalArgumentException("identity claim " + id + ": '" + value + "' is no " + attribute.label());
    }

    public IdentityClaim withAttribution(List<Attribution> chain) {
        return new IdentityClaim(id, article, sentence, begin, end, text, actor, attribute, value, date, chain);
    }

    @Override
    public String toString() {
        return actor.actor().id() + " " + attribute.label() + "=" + value + " [" + text + "]";
    }
}
