package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.claim.IdentityClaim;
import dev.faultline.domain.claim.RelationClaim;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolution of one document: builds its {@link ResolutionContext} and reads each sentence left
 * to right, trying at each word the rules in a fixed order (affiliation cue, knowledge-base alias,
 * user dictionary, pronoun or nominal coreference, people named by what they are, recogniser
 * candidate); the first that applies consumes its words. Once every actor is read, each sentence is
 * read again for the relations it states between them ({@link StatedRelations}); what the report says
 * of the candidates (country, sector, what they belong to) is applied to their references ({@link
 * CandidateProfiles}) and kept, with the relations, as the document's claims.
 */
final class DocumentResolution {
    private final ResolutionContext context;
    private final List<Words> sentences;
    private final List<Rule> rules;
    private final StatedRelations relations;

    DocumentResolution(KnowledgeBase kb, Vocabulary vocab, References refs, StatedRelations relations,
                       List<TabariDictionary> dictionaries, AnnotatedDocument doc, LocalDate date) {
        this.relations = relations;
        sentences = new ArrayList<>();
        Set<String> lowercase = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(new Words(s));
            for (var t : s.tokens()) if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) lowercase.add(t.word());
        }
        context = new ResolutionContext(kb, vocab, refs, dictionaries, doc, date, sentences, lowercase);
        StateNameRule states = new StateNameRule(context, new StatePlaceOrParty(context));
        rules = List.of(new AffiliationRule(context), new AliasRule(context, states), new DictionaryRule(context),
                new CoreferenceRule(context), new GenericOrganRule(context), new ShortFormRule(context), new CandidateRule(context));
    }

    ResolvedDocument resolve() {
        for (Words ws : sentences) {
            context.enter(ws);
            int w = 0;
            while (w < ws.size()) {
                int next = -1;
                for (Rule rule : rules) {
                    next = rule.at(w);
                    if (next >= 0) break;
                }
                w = next < 0 ? w + 1 : Math.max(next, w + 1);
            }
        }
        List<StatedRelations.Stated> stated = new ArrayList<>();
        List<Words> statedIn = new ArrayList<>();
        for (Words ws : sentences) {
            for (StatedRelations.Stated s : relations.read(SentenceActors.of(ws, context.found))) {
                stated.add(s);
                statedIn.add(ws);
            }
        }
        Map<String, ActorRef> profiles = CandidateProfiles.of(context.found.all(), context.identities, stated);
        Map<ActorMention, ActorMention> profiled = new IdentityHashMap<>();
        for (ActorMention m : context.found.all()) profiled.put(m, withActor(m, profiles.getOrDefault(m.actor().id(), m.actor())));
        DocumentClaims claims = new DocumentClaims(context.doc);
        List<RelationClaim> relationClaims = new ArrayList<>();
        for (int i = 0; i < stated.size(); i++) relationClaims.add(claims.relation(stated.get(i), statedIn.get(i), profiled));
        List<IdentityClaim> identityClaims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResolutionContext.Identity i : context.identities) {
            IdentityClaim claim = claims.identity(profiled.get(i.mention()), i.attribute(), i.value(), i.begin(), i.end());
            if (seen.add(claim.id())) identityClaims.add(claim);
        }
        return new ResolvedDocument(context.doc, new ArrayList<>(profiled.values()), relationClaims, identityClaims);
    }

    private static ActorMention withActor(ActorMention m, ActorRef ref) {
        return ref == m.actor() ? m : new ActorMention(m.begin(), m.end(), m.sentence(), m.tokenBegin(), m.tokenEnd(), m.text(), ref,
                m.basis(), m.confidence());
    }
}
