package dev.faultline.domain.actor;

import dev.faultline.domain.claim.IdentityClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.text.AnnotatedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An annotated document with its actors resolved: every actor mention, in text order, non-overlapping;
 * the relations the report states between them ("backed by", "loyal to", "deputy head of"); and what
 * it says of who they are (aliases, country, sector), for actors the knowledge base lacks. Later
 * stages (events, claims, relations) read this, never the knowledge base's raw matches.
 *
 * @param relations  relation claims, in text order; their mentions are among {@code actors}
 * @param identities identity claims, in text order; their mentions are among {@code actors}
 */
public record ResolvedDocument(AnnotatedDocument document, List<ActorMention> actors, List<RelationClaim> relations,
                               List<IdentityClaim> identities) {
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
        List<RelationClaim> rs = new ArrayList<>(Objects.requireNonNull(relations, "relations"));
        rs.sort(Comparator.comparingInt(RelationClaim::begin).thenComparingInt(RelationClaim::end));
        relations = List.copyOf(rs);
        List<IdentityClaim> is = new ArrayList<>(Objects.requireNonNull(identities, "identities"));
        is.sort(Comparator.comparingInt(IdentityClaim::begin).thenComparingInt(IdentityClaim::end));
        identities = List.copyOf(is);
        for (RelationClaim r : relations) {
            if (!actors.contains(r.a()) || !actors.contains(r.b())) {
                throw new IllegalArgumentException(document.article().id() + ": relation claim " + r + " names a mention the document lacks");
            }
        }
        for (IdentityClaim c : identities) {
            if (!actors.contains(c.actor())) {
                throw new IllegalArgumentException(document.article().id() + ": identity claim " + c + " names a mention the document lacks");
            }
        }
    }

    /** A document with actors and no relation or identity claims. */
    public ResolvedDocument(AnnotatedDocument document, List<ActorMention> actors) {
        this(document, actors, List.of(), List.of());
    }

    /** The same reading of a document annotated further (its sentences parsed): the text and tokens must not change. */
    public ResolvedDocument withDocument(AnnotatedDocument annotated) {
        return new ResolvedDocument(annotated, actors, relations, identities);
    }

    /** The same reading with these relation claims (the same claims attributed, say) in place of its own. */
    public ResolvedDocument withRelations(List<RelationClaim> claims) {
        return new ResolvedDocument(document, actors, claims, identities);
    }

    public static ResolvedDocument empty(AnnotatedDocument document) {
        return new ResolvedDocument(document, List.of());
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
