package dev.faultline.analysis;

import dev.faultline.domain.Article;
import dev.faultline.domain.actor.ResolvedDocument;

import java.util.Objects;

/** What analysing one article gave: its resolved document, or why it failed (the batch goes on). */
public sealed interface Outcome {
    Article article();

    record Analyzed(ResolvedDocument document) implements Outcome {
        public Analyzed {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public Article article() {
            return document.document().article();
        }
    }

    record Failed(Article article, String message) implements Outcome {
        public Failed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(message, "message");
        }
    }
}
