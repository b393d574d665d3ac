package dev.faultline.domain.actor;

import dev.faultline.domain.text.AnnotatedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An annotated document with its actors resolved: every actor mention, in text order, non-overlapping.
 * Later stages (events, claims) read this, never the knowledge base's raw matches.
 */
public record ResolvedDocument(AnnotatedDocument document, List<ActorMention> actors) {
    public ResolvedDocument {
        Objects.requireNonNull(document, "document");
        List<ActorMention> sorted = new ArrayList<>(Objects.requireNonNull(actors, "actors"));
        sorted.sort(Comparator.comparingInt(ActorMention::begin).thenComparingInt(ActorMention::end));
        int textLength = document.article().text().length();
        for (int i = 0; i < sorted.size(); i++) {
            ActorMention m = sorted.get(i);
            if (m.end() > textLength) throw new IllegalArgumentException(document.article().id() + ": " + m + " ends past the text");
            if (m.sentence() >= document.sentences().size()) {
                throw new IllegalArgumentException(document.article().id() + ": " + m + " is in sentence " + m.sentence()
                        + " of " + document.sentences().size());
            }
            if (i > 0 && sorted.get(i - 1).end() > m.begin()) {
                throw new IllegalArgumentException(document.article().id() + ": " + sorted.get(i - 1) + " overlaps " + m);
            }
        }
        actors = List.copyOf(sorted);
    }

    public static ResolvedDocument empty(AnnotatedDocument document) {
        return new ResolvedDocument(document, List.of());
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
