package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.event.CodedDocument;

import java.util.Objects;

/** What analysing one article gave: its resolved document, or why it failed (the batch goes on). */
public sealed interface Outcome {
    Article article();

    record Analyzed(CodedDocument coded) implements Outcome {
        public Analyzed {
            Objects.requireNonNull(coded, "coded");
        }

        /** The resolved document the events were coded from. */
        public ResolvedDocument document() {
            return coded.resolved();
        }

        @Override
        public Article article() {
            return coded.resolved().document().article();
        }
    }

    record Failed(Article article, String message) implements Outcome {
        public Failed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(message, "message");
        }
    }
}
