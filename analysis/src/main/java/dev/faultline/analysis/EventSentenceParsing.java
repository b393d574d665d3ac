package dev.faultline.analysis;

import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.events.coder.EventCoder;
import dev.faultline.nlp.LanguageLayer;
import dev.faultline.pipeline.Stage;

import java.util.Objects;

/**
 * Parses only the sentences the event coder can use (an actor and a trigger word), since a
 * dependency parse costs far more than everything else the layer does; see BENCHMARKS.md.
 */
final class EventSentenceParsing implements Stage<ResolvedDocument, ResolvedDocument> {
    private final LanguageLayer layer;
    private final EventCoder coder;

    EventSentenceParsing(LanguageLayer layer, EventCoder coder) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override
    public ResolvedDocument apply(ResolvedDocument rd) {
        return rd.withDocument(layer.parse(rd.document(), coder.sentencesToParse(rd)));
    }

    @Override
    public String name() {
        return "parse";
    }
}
