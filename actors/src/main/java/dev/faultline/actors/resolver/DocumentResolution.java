package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resolution of one document: builds its {@link ResolutionContext} and reads each sentence left
 * to right, trying at each word the rules in a fixed order (affiliation cue, knowledge-base alias,
 * user dictionary, pronoun or nominal coreference, people named by what they are, recogniser
 * candidate); the first that applies consumes its words.
 */
final class DocumentResolution {
    private final ResolutionContext context;
    private final List<Words> sentences;
    private final List<Rule> rules;

    DocumentResolution(KnowledgeBase kb, Vocabulary vocab, References refs, List<TabariDictionary> dictionaries,
                       AnnotatedDocument doc, LocalDate date) {
        sentences = new ArrayList<>();
        Set<String> lowercase = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(new Words(s));
            for (var t : s.tokens()) if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) lowercase.add(t.word());
        }
        context = new ResolutionContext(kb, vocab, refs, dictionaries, doc, date, sentences, lowercase);
        StateNameRule states = new StateNameRule(context, new StatePlaceOrParty(context));
        rules = List.of(new AffiliationRule(context), new AliasRule(context, states), new DictionaryRule(context),
                new CoreferenceRule(context), new GenericOrganRule(context), new CandidateRule(context));
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
        return new ResolvedDocument(context.doc, context.found.all());
    }
}
