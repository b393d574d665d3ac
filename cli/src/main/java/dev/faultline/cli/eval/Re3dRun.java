package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.relation.Relation;
import dev.faultline.domain.relation.RelationType;
import dev.faultline.eval.re3d.Re3dSystem;
import dev.faultline.relations.AllianceModel;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.re3d.Re3dDocument;
import dev.faultline.eval.re3d.Re3dCorpus;
import dev.faultline.eval.re3d.Re3dSuite;

import java.io.IOException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the analysis pipeline over re3d's documents, exactly as stored there (gold offsets point into
 * that text), and scores the mentions it produces.
 */
final class Re3dRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<Re3dDocument> documents = Re3dCorpus.read(data);
        if (documents.isEmpty()) throw new IOException("no re3d documents under " + data);
        List<EvalBatch.Case> cases = new ArrayList<>();
        for (Re3dDocument d : documents) cases.add(new EvalBatch.Case(key(d), d.text(), d.source(), null));
        Analyzer analyzer = Analyzer.load(options);
        Map<String, CodedDocument> coded = EvalBatch.analyze(analyzer, "re3d", cases, failures);
        return Re3dSuite.run(documents, new Re3dSystem() {
            @Override
            public List<Re3dDocument.Entity> entities(Re3dDocument doc) {
                CodedDocument c = coded.get(key(doc));
                return c == null ? List.of() : Re3dRun.entities(c.resolved());
            }

            @Override
            public List<Re3dDocument.ProducedRelation> relations(Re3dDocument doc) {
                CodedDocument c = coded.get(key(doc));
                return c == null ? List.of() : Re3dRun.relations(c, analyzer.resolver());
            }
        });
    }

    /**
     * The relations of one document as {@code faultline relations} gives them for a corpus of that
     * document alone: the knowledge base's ties between the actors it names and the balance of its
     * events, each actor placed wherever the document names it or something of its lineage ("Iraqi
     * forces" for Iraq, as relations roll acts up the lineage). Contract types map to re3d's:
     * hostile to FightingAgainst; ally, supports and proxy_of to AlliesOf; commands and leads to
     * InChargeOf (and BelongsTo: who leads a body belongs to it); member_of to BelongsTo. Each relation the
     * document states ({@link RelationClaim}) is a relation between the words that name its actors, and each dyadic
     * event that happened is one between the words it names: an attack fights against its target, aid or support allies with it.
     */
    static List<Re3dDocument.ProducedRelation> relations(CodedDocument c, ActorResolver resolver) {
        KnowledgeBase kb = resolver.knowledgeBase();
        java.time.LocalDate today = java.time.LocalDate.now();
        List<ActorRef> named = c.resolved().actors().stream().map(ActorMention::actor).distinct().toList();
        AllianceModel model = AllianceModel.build(kb.links(), id -> resolver.known(id, today).orElse(null),
                c.events(), c.forces(), Map.of(), named);
        Map<String, List<int[]>> spans = new java.util.HashMap<>();
        for (ActorMention m : c.resolved().actors()) {                     // "Iraqi forces" name Iraq's side as well as its army
            for (String id : m.actor().lineage()) spans.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {m.begin(), m.end()});
            spans.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()).add(new int[] {m.begin(), m.end()});
        }
        List<Re3dDocument.ProducedRelation> out = new ArrayList<>();
        for (RelationClaim r : c.resolved().relations()) {                  // what the report states, where it states it
            String type = re3dType(r.type());
            List<int[]> a = List.of(new int[] {r.a().begin(), r.a().end()}), b = List.of(new int[] {r.b().begin(), r.b().end()});
            out.add(new Re3dDocument.ProducedRelation(type, a, b, r.a().text() + " " + r.type().label() + " " + r.b().text()));
            if (type.equals("InChargeOf")) out.add(new Re3dDocument.ProducedRelation("BelongsTo", a, b, r.a().text() + " (member) " + r.b().text()));
        }
        for (Relation r : model.relations()) {
            List<int[]> a = spans.get(r.a().id()), b = spans.get(r.b().id());
            if (a == null || b == null) continue;                            // an ancestor the document does not name
            String type = re3dType(r.type());
            out.add(new Re3dDocument.ProducedRelation(type, a, b, r.a().id() + " " + r.type().label() + " " + r.b().id()));
            if (type.equals("InChargeOf")) {                              // who leads a body belongs to it
                out.add(new Re3dDocument.ProducedRelation("BelongsTo", a, b, r.a().id() + " " + r.type().label() + " (member) " + r.b().id()));
            }
        }
        for (CodedEvent e : c.events()) {                                  // each dyadic event is a relation where it is told
            String type = switch (e.type()) {
                case ASSAULT, COERCE -> "FightingAgainst";
                case COOPERATE, AID, SUPPORT, AGREE -> "AlliesOf";
                default -> null;
            };
            if (type == null || !e.modality().happened()) continue;
            for (ActorMention x : e.source()) {
                for (ActorMention y : e.target()) {
                    if (x.actor().id().equals(y.actor().id())) continue;
                    out.add(new Re3dDocument.ProducedRelation(type, List.of(new int[] {x.begin(), x.end()}), List.of(new int[] {y.begin(), y.end()}),
                            x.text() + " " + e.type().name() + " " + y.text()));
                }
            }
        }
        return out;
    }

    private static String re3dType(RelationType t) {
        return switch (t) {
            case HOSTILE -> "FightingAgainst";
            case ALLY, SUPPORTS, PROXY_OF -> "AlliesOf";
            case COMMANDS, LEADS -> "InChargeOf";
            case MEMBER_OF -> "BelongsTo";
        };
    }

    private static String key(Re3dDocument d) {
        return d.source() + "/" + d.id();
    }

    /**
     * The resolver's reading wins where it overlaps the recogniser's: a known actor is typed by what the
     * knowledge base says it is ("Daesh" is an organisation, not a person), a state by whether it acts
     * ("Iraq said" an organisation, "in Iraq" a place). A capital standing for its government stays a
     * place when the recogniser found one there.
     */
    static List<Re3dDocument.Entity> entities(ResolvedDocument r) {
        List<Re3dDocument.Entity> out = new ArrayList<>();
        if (r == null) return out;
        List<Mention> names = r.document().mentions();
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention a : r.actors()) {
            boolean capitalAsPlace = a.basis() == MentionBasis.METONYM
                    && names.stream().anyMatch(n -> n.type().isLocation() && overlaps(n.begin(), n.end(), a.begin(), a.end()));
            if (!capitalAsPlace) actors.add(a);
        }
        for (ActorMention a : actors) {
            Re3dTypes.of(a).ifPresent(t -> out.add(new Re3dDocument.Entity(t, a.begin(), a.end(), a.text())));
        }
        for (Mention m : names) {
            boolean overruled = actors.stream().anyMatch(a -> a.actor().origin() != ActorRef.Origin.CANDIDATE
                    && Re3dTypes.of(a).isPresent() && overlaps(m.begin(), m.end(), a.begin(), a.end())
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                        || m.type().isLocation() && a.actor().kind() != ActorKind.STATE
                        || m.type() == EntityType.NATIONALITY && a.actor().kind() == ActorKind.STATE));
            if (!overruled) Re3dTypes.of(m.type()).ifPresent(t -> out.add(new Re3dDocument.Entity(t, m.begin(), m.end(), m.text())));
        }
        for (Sentence s : r.document().sentences()) {
            for (Token t : s.tokens()) {
                Re3dTypes.pronoun(t.word(), t.pos()).ifPresent(type -> out.add(new Re3dDocument.Entity(type, t.begin(), t.end(), t.word())));
            }
        }
        return out;
    }

    private static boolean overlaps(int b1, int e1, int b2, int e2) {
        return b1 < e2 && b2 < e1;
    }
}
