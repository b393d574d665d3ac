package dev.faultline.app.view.export;

import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.claim.Attribution;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small conversions the exports share. */
final class Values {
    private Values() {
    }

    /** The actors' ids, each once, joined by ';' (as {@code faultline events --format csv} writes them). */
    static String ids(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().id()).distinct().collect(Collectors.joining(";"));
    }

    /** The actors' names, each once, joined by ';'. */
    static String names(List<ActorMention> ms) {
        return ms.stream().map(m -> m.actor().name()).distinct().collect(Collectors.joining(";"));
    }

    /** The words of the mentions, joined by ';'. */
    static String texts(List<ActorMention> ms) {
        return ms.stream().map(ActorMention::text).collect(Collectors.joining(";"));
    }

    static String value(PartialDate d) {
        return d == null ? null : d.value();
    }

    static String date(CodedEvent e) {
        return e.date() == null ? null : e.date().value().value();
    }

    static String precision(PartialDate d) {
        return d == null ? null : d.precision().name().toLowerCase(Locale.ROOT);
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    /** A number in plain decimals without trailing zeros (0.0001, -10, 35.3359; never 1.0E-4); null stays null. */
    static String plain(Double d) {
        return d == null ? null : new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** Whether the event's place has coordinates. */
    static boolean located(CodedEvent e) {
        EventPlace p = e.place();
        return p != null && p.lat() != null && p.lon() != null;
    }
}
