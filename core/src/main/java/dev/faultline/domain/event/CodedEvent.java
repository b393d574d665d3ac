package dev.faultline.domain.event;

import dev.faultline.domain.ArticleId;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Attribution;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event a report describes: one clause and one dyad. Offsets are characters into the article's
 * clean text. {@code source} and {@code target} hold the actor mentions the clause names (several for
 * a compound actor: "Russia and Iran"); either may be empty when the report does not say, and both
 * for violence reported without who did it or to whom ("a bomb exploded near the station").
 *
 * @param cameo      CAMEO event code (two to four digits)
 * @param goldstein  the CAMEO code's Goldstein score, -10..10
 * @param confidence  0..1, how sure the coding is
 * @param attribution who says it happened, outlet first (see {@link Attribution}); empty before attribution
 */
public record CodedEvent(String id, ArticleId article, int sentence, int begin, int end, String text,
                         EventDate date, List<ActorMention> source, List<ActorMention> target,
                         PloverType type, String mode, List<String> context, String cameo, double goldstein,
                         Modality modality, EventPlace place, ForceSize size, double confidence,
                         List<Attribution> attribution) {
    public static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");

    public CodedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        source = List.copyOf(source);
        target = List.copyOf(target);
        context = List.copyOf(context);
        attribution = List.copyOf(attribution);
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("event " + id + ": bad span [" + begin + ", " + end + ")");
        if (sentence < 0) throw new IllegalArgumentException("event " + id + ": bad sentence " + sentence);
        if (!CAMEO_CODE.matcher(cameo).matches()) throw new IllegalArgumentException("event " + id + ": bad CAMEO code '" + cameo + "'");
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("event " + id + ": Goldstein score out of -10..10: " + goldstein);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("event " + id + ": confidence out of 0..1: " + confidence);
    }

    /** An event whose sources are not yet found. */
    public CodedEvent(String id, ArticleId article, int sentence, int begin, int end, String text, EventDate date,
                      List<ActorMention> source, List<ActorMention> target, PloverType type, String mode, List<String> context,
                      String cameo, double goldstein, Modality modality, EventPlace place, ForceSize size, double confidence) {
        this(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo, goldstein, modality,
                place, size, confidence, List.of());
    }

    public CodedEvent withPlace(EventPlace p) {
        return new CodedEvent(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo,
                goldstein, modality, p, size, confidence, attribution);
    }

    public CodedEvent withSize(ForceSize s) {
        return new CodedEvent(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo,
                goldstein, modality, place, s, confidence, attribution);
    }

    public CodedEvent withModality(Modality m) {
        return new CodedEvent(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo,
                goldstein, m, place, size, confidence, attribution);
    }

    /** The event with its actors replaced and its place set: what geocoding gives an event. */
    public CodedEvent withActorsAndPlace(List<ActorMention> source, List<ActorMention> target, EventPlace p) {
        return new CodedEvent(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo,
                goldstein, modality, p, size, confidence, attribution);
    }

    public CodedEvent withAttribution(List<Attribution> chain) {
        return new CodedEvent(id, article, sentence, begin, end, text, date, source, target, type, mode, context, cameo,
                goldstein, modality, place, size, confidence, chain);
    }

    /** CAMEO's quad class, from the code's root (PLOVER's REQUEST spans appeals, quad 1, and demands, quad 3). */
    public int quad() {
        return quadOf(cameo);
    }

    /** CAMEO's quad class of a code: roots 01–05 verbal cooperation (1), 06–09 material cooperation (2), 10–14 verbal conflict (3), 15–20 material conflict (4). */
    public static int quadOf(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) throw new IllegalArgumentException("no CAMEO root " + root + " in '" + cameo + "'");
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }
}
