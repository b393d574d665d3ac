package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.StateProfile;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What the rules of one document share: the document and its date, the knowledge base's words, the
 * actors found so far, and the sentence being read ({@link #enter}). Per-call state, confined to the
 * calling thread; sentences are read in order so that pronouns and nominals can look back.
 */
final class ResolutionContext {
    final KnowledgeBase kb;
    final Vocabulary vocab;
    final References refs;
    final List<TabariDictionary> dictionaries;
    final AnnotatedDocument doc;
    final LocalDate date;
    final FoundActors found = new FoundActors();
    /** Words the document writes in lower case somewhere: a lone capitalised one is then a common word. */
    final Set<String> lowercaseWords;
    private final DocumentAliases aliases;
    private final Map<String, ActorRef> known = new HashMap<>();

    private Words words;
    private int sentence;
    /** The recogniser's people and organisations of the current sentence, by first token. */
    private Map<Integer, Mention> namesByToken = Map.of();

    ResolutionContext(KnowledgeBase kb, Vocabulary vocab, References refs, List<TabariDictionary> dictionaries,
                      AnnotatedDocument doc, LocalDate date, List<Words> sentences, Set<String> lowercaseWords) {
        this.kb = kb;
        this.vocab = vocab;
        this.refs = refs;
        this.dictionaries = dictionaries;
        this.doc = doc;
        this.date = date;
        this.lowercaseWords = lowercaseWords;
        this.aliases = new DocumentAliases(kb, vocab, sentences);
    }

    /** Starts reading a sentence. */
    void enter(Words ws) {
        words = ws;
        sentence = ws.sentence.index();
        namesByToken = new HashMap<>();
        for (Mention m : doc.mentionsIn(sentence)) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) namesByToken.putIfAbsent(m.tokenBegin(), m);
        }
    }

    Words words() {
        return words;
    }

    int sentence() {
        return sentence;
    }

    /** The recogniser's person or organisation starting at the token of word {@code w}, or null. */
    Mention nameAt(int w) {
        return namesByToken.get(words.token.get(w));
    }

    /** The alias at word {@code w} of the current sentence, as {@link DocumentAliases#best} reads it. */
    Optional<DocumentAliases.Match> bestAlias(int w) {
        return aliases.best(words, w);
    }

    /** Whether a person's name starts at word {@code w}: a known person's alias, or the recogniser's PERSON. */
    boolean nameStartsAt(int w) {
        if (w >= words.size()) return false;
        Mention n = nameAt(w);
        if (n != null && n.type() == EntityType.PERSON) return true;
        return bestAlias(w).map(r -> r.actor().kind() == ActorKind.PERSON).orElse(false);
    }

    boolean isPersonNoun(PhraseTrie.Match<GenericOrgan> organ) {
        return organ.end() - organ.start() == 1 && Grammar.PERSON_NOUNS.contains(words.loose(organ.start()));
    }

    static boolean isPerson(ActorMention m) {
        return m.actor().kind() == ActorKind.PERSON;
    }

    // ---- looking back ---------------------------------------------------------------------------

    Optional<ActorMention> antecedent(Predicate<ActorMention> fits) {
        return found.newest(sentence, fits);
    }

    Optional<ActorMention> antecedent(BiPredicate<ActorMention, FoundActors.Role> fits) {
        return found.newest(sentence, fits);
    }

    /** A nominal ("the general") is not the subject of its own clause ("he disparaged the general's tactics"). */
    Optional<ActorMention> nominalAntecedent(int w, Predicate<ActorMention> fits) {
        int clause = Clauses.clauseStart(words, w);
        return antecedent((m, r) -> fits.test(m) && !(inClause(m, r, clause) && r.subject()));
    }

    boolean inClause(ActorMention m, FoundActors.Role r, int clauseStart) {
        return FoundActors.inClause(m, r, sentence, clauseStart);
    }

    // ---- references and mentions ----------------------------------------------------------------

    ActorRef knownRef(String id) {
        return known.computeIfAbsent(id, k -> refs.known(k, date));
    }

    /** A state's organ as the report names it: the knowledge base's actor for it when it has one, else derived. */
    ActorRef organRef(StateProfile state, PhraseTrie.Match<GenericOrgan> organ) {
        if (organ.first().relation() == GenericOrgan.Relation.ASSET_OF) {   // "Iranian targets": Iran's organ of that sector
            Optional<GenericOrgan> holder = kb.organs().stream()
                    .filter(o -> o.sector() == organ.first().sector() && o.relation() == GenericOrgan.Relation.PART_OF).findFirst();
            if (holder.isPresent()) {
                GenericOrgan h = holder.get();
                return vocab.stateOrgans.known(state, Vocabulary.words(h.nouns().get(0)), h, date).map(a -> knownRef(a.id()))
                        .orElseGet(() -> refs.organ(state, h, date));
            }
        }
        return vocab.stateOrgans.known(state, words.loose.subList(organ.start(), organ.end()), organ.first(), date)
                .map(a -> knownRef(a.id()))
                .orElseGet(() -> refs.organ(state, organ.first(), date));
    }

    /** Records words [fromWord, toWord) of the current sentence as {@code ref}, unless a token of them is already an actor. */
    void emit(int fromWord, int toWord, ActorRef ref, MentionBasis basis, double confidence) {
        int tokenBegin = words.token.get(fromWord);
        int tokenEnd = words.token.get(toWord - 1) + 1;
        int begin = words.sentence.tokens().get(tokenBegin).begin();
        int end = words.sentence.tokens().get(tokenEnd - 1).end();
        if (found.endsAfter(begin)) return;   // a token already read as another actor
        found.add(new ActorMention(begin, end, sentence, tokenBegin, tokenEnd, doc.text(begin, end), ref, basis, confidence),
                new FoundActors.Role(fromWord, Clauses.subject(words, fromWord, toWord)));
    }
}
