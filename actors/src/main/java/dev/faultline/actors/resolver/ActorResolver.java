package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.pipeline.Stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The actor-resolution stage: which stretches of a report are actors, and which. Built once from a
 * knowledge base (and a PETRARCH user's TABARI dictionaries); immutable, so one instance serves every
 * thread. Resolution is time-aware: offices and lineages are read at the article's publication date
 * (today for an undated article).
 */
public final class ActorResolver implements Stage<AnnotatedDocument, ResolvedDocument> {
    /** Bumped whenever a rule changes what the resolver produces. */
    static final String RULES_VERSION = "12";

    private final KnowledgeBase kb;
    private final Vocabulary vocabulary;
    private final References references;
    private final StatedRelations relations;
    private final List<TabariDictionary> dictionaries;
    private final String version;

    private ActorResolver(KnowledgeBase kb, List<TabariDictionary> dictionaries) {
        this.kb = kb;
        this.vocabulary = new Vocabulary(kb);
        this.references = new References(kb);
        this.relations = new StatedRelations(vocabulary);
        this.dictionaries = List.copyOf(dictionaries);
        this.version = "rules " + RULES_VERSION + ", knowledge " + digest(kb, this.dictionaries);
    }

    public static ActorResolver create(KnowledgeBase kb) {
        return create(kb, List.of());
    }

    public static ActorResolver create(KnowledgeBase kb, List<TabariDictionary> dictionaries) {
        return new ActorResolver(Objects.requireNonNull(kb, "kb"), Objects.requireNonNull(dictionaries, "dictionaries"));
    }

    @Override
    public ResolvedDocument apply(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.isEmpty()) return ResolvedDocument.empty(document);
        return new DocumentResolution(kb, vocabulary, references, relations, dictionaries, document, dateOf(document)).resolve();
    }

    /** A knowledge-base actor as a reference, with its lineage at {@code date}. */
    public ActorRef reference(String actorId, LocalDate date) {
        return references.known(actorId, date);
    }

    /** The reference of a known actor at a date, or empty for an id the knowledge base does not hold. */
    public java.util.Optional<ActorRef> known(String actorId, LocalDate date) {
        return kb.actor(actorId).isPresent() ? java.util.Optional.of(references.known(actorId, date)) : java.util.Optional.empty();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Changes when the rules, the knowledge files or the dictionaries change. */
    public String version() {
        return version;
    }

    @Override
    public String name() {
        return "actors";
    }

    static LocalDate dateOf(AnnotatedDocument d) {
        return d.article().published() == null ? LocalDate.now() : d.article().published().date().start();
    }

    /** A digest of the knowledge itself, not of the files' declared versions, so an unbumped edit still counts. */
    private static String digest(KnowledgeBase kb, List<TabariDictionary> dictionaries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(kb.versions()).forEach((k, v) -> md.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
            kb.actors().stream().map(Object::toString).sorted().forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
            kb.links().stream().map(Object::toString).sorted().forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
            kb.offices().stream().map(Object::toString).sorted().forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
            kb.organs().forEach(o -> md.update(o.toString().getBytes(StandardCharsets.UTF_8)));
            kb.relationCues().forEach(c -> md.update(c.toString().getBytes(StandardCharsets.UTF_8)));
            for (TabariDictionary d : dictionaries) {
                md.update(("tabari " + d.actorCount() + " " + d.agentCount() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
