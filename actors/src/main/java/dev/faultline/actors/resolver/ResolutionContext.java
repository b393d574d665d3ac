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
    private final List<Words> sentences;
    private final Map<String, ActorRef> known = new HashMap<>();
    /** The organs the report has called each actor so far ("Houthi rebels", "the separatist STC"), by actor id. */
    private final Map<String, Set<String>> describedAs = new HashMap<>();
    /** A description read just before a name ("the separatist" before "STC"), waiting for the name's actor. */
    private Description pending;
    /** What the report says its actors are, as read so far. */
    final List<Identity> identities = new java.util.ArrayList<>();
    /** The names of bodies and people given so far, with their short forms, abbreviations and spellings. */
    final DocumentNames names = new DocumentNames();

    /**
     * Words [from, name) that describe the actor whose name starts at word {@code name}: its kind of
     * armed group ({@code organ}, or null) and its state ({@code state}, or null): "the Sudanese
     * paramilitary" before "Rapid Support Forces".
     */
    record Description(GenericOrgan organ, StateProfile state, int from, int name) {}

    /** What the report says an actor is, in words [begin, end) of the text. */
    record Identity(ActorMention mention, dev.faultline.domain.claim.IdentityClaim.Attribute attribute, String value, int begin, int end) {}

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
        this.sentences = sentences;
    }

    /** Starts reading a sentence. */
    void enter(Words ws) {
        words = ws;
        pending = null;
        sentence = ws.sentence.index();
        namesByToken = new HashMap<>();
        for (Mention m : doc.mentionsIn(sentence)) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) namesByToken.putIfAbsent(m.tokenBegin(), m);
        }
    }

    Words words() {
        return words;
    }

    /** The words of sentence {@code index} of the document. */
    Words wordsOf(int index) {
        return sentences.get(index);
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

    /** Whether an organ's noun starts among words [from, to) and runs past them: "UN backed government" over "the UN". */
    boolean organRunsPast(int from, int to) {
        for (int j = from; j < to; j++) if (vocab.organs.longestAt(words.loose, j).filter(o -> o.end() > to).isPresent()) return true;
        return false;
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

    // ---- who holds a capital ----------------------------------------------------------------------

    /** Capitals the report says someone other than the state's government holds, by state id; a null value: held by no one named. */
    private final Map<String, ActorRef> heldCapitals = new HashMap<>();

    void holdCapital(StateProfile state, ActorRef holder) {
        heldCapitals.put(state.actor(), holder);
    }

    /**
     * Who a state's capital stands for when its government does not hold it: whom the report says holds
     * it ("Houthi-held Sanaa"), else whom the knowledge base says held it on the report's date (empty
     * inside: held by no one named, a place only). Empty when the government holds it.
     */
    Optional<Optional<ActorRef>> capitalHolder(StateProfile state) {
        if (heldCapitals.containsKey(state.actor())) {
            ActorRef h = heldCapitals.get(state.actor());
            return Optional.of(h == null || h.kind() == ActorKind.GROUP && h.origin() == ActorRef.Origin.DERIVED ? Optional.empty() : Optional.of(h));
        }
        return state.capitalHolder(date).map(h -> h.holder() == null ? Optional.empty() : Optional.of(knownRef(h.holder())));
    }

    // ---- what the report calls its actors ---------------------------------------------------------

    /** The report describes the actor whose name comes next: "the separatist" STC, "Sudanese" RSF. */
    void describeNext(Description d) {
        pending = d;
    }

    /** The report says the actor of {@code m} is {@code organ} and/or of {@code state}, in words [fromWord, toWord). */
    void describe(ActorMention m, GenericOrgan organ, StateProfile state, int fromWord, int toWord) {
        int begin = Math.min(words.tokenOf(fromWord).begin(), m.begin()), end = Math.max(words.tokenOf(toWord - 1).end(), m.end());
        if (organ != null) {
            describe(m.actor().id(), organ);
            identities.add(new Identity(m, dev.faultline.domain.claim.IdentityClaim.Attribute.SECTOR, organ.sector().name(), begin, end));
        }
        if (state != null) identities.add(new Identity(m, dev.faultline.domain.claim.IdentityClaim.Attribute.COUNTRY, state.iso3(), begin, end));
    }

    /** Another name the report gives the actor of {@code m} (its words are the alias). */
    void alias(ActorMention m, String alias) {
        if (!dev.faultline.actors.kb.AliasKey.loose(alias).equals(dev.faultline.actors.kb.AliasKey.loose(m.actor().name()))) {
            identities.add(new Identity(m, dev.faultline.domain.claim.IdentityClaim.Attribute.ALIAS, alias, m.begin(), m.end()));
        }
    }

    /**
     * The body an apposition starting at word {@code w} describes: "the RSF, a paramilitary group", "the
     * STC, the separatist movement" — an organisation (not a state or person) whose mention ends at
     * the comma before the determiner before {@code w}.
     */
    Optional<ActorMention> appositionHead(int w) {
        int k = w - 1;
        if (!Grammar.DETERMINERS.contains(words.loose(k))) return Optional.empty();
        if (!words.loose(k - 1).equals(",") || found.size() == 0) return Optional.empty();
        ActorMention last = found.get(found.size() - 1);
        FoundActors.Role role = found.role(found.size() - 1);
        boolean body = last.actor().kind() == ActorKind.ORGANIZATION && kb.state(last.actor().id()).isEmpty();
        return last.sentence() == sentence && role.end() == k - 1 && body ? Optional.of(last) : Optional.empty();
    }

    /** The last mention found, if it lies in the current sentence and ends at word {@code w}. */
    Optional<ActorMention> endingAt(int w) {
        if (found.size() == 0) return Optional.empty();
        ActorMention last = found.get(found.size() - 1);
        return last.sentence() == sentence && found.role(found.size() - 1).end() == w ? Optional.of(last) : Optional.empty();
    }

    /** The report calls {@code actorId} what {@code organ} names ("Houthi rebels", "STC, a separatist group"). */
    void describe(String actorId, GenericOrgan organ) {
        describedAs.computeIfAbsent(actorId, k -> new java.util.HashSet<>()).add(organ.id());
    }

    /**
     * What "the separatists", "the junta", "the rebels" refer back to: the newest actor of the report
     * (however far back) the report called so, else, for an armed faction's noun, the newest
     * organisation of that sector the report named. Never a guess beyond what the report says.
     */
    Optional<ActorMention> describedAntecedent(GenericOrgan organ) {
        List<ActorMention> all = found.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            ActorMention m = all.get(i);
            if (describedAs.getOrDefault(m.actor().id(), Set.of()).contains(organ.id())) return Optional.of(m);
        }
        if (!faction(organ)) return Optional.empty();
        for (int i = all.size() - 1; i >= 0; i--) {
            ActorMention m = all.get(i);
            ActorRef a = m.actor();
            if (a.kind() == ActorKind.ORGANIZATION && a.sector() == organ.sector() && !kb.state(a.id()).isPresent()
                    && m.basis() != MentionBasis.COREFERENCE) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** An armed faction's noun: people of a country, not its state's organ, who fight ("rebels", "separatists", "militias"). */
    static boolean faction(GenericOrgan organ) {
        return organ.relation() == GenericOrgan.Relation.OF_COUNTRY && DocumentAliases.armed(organ.sector());
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
                new FoundActors.Role(fromWord, toWord, Clauses.subject(words, fromWord, toWord)));
        ActorMention added = found.get(found.size() - 1);
        boolean named = pending != null && (pending.name() == fromWord || pending.name() == fromWord + 1 && words.loose(fromWord).equals("the"));
        if (named) describe(added, pending.organ(), pending.state(), pending.from(), toWord);
        pending = null;
        if (ref.kind() == ActorKind.PERSON && basis == MentionBasis.CANDIDATE) names.person(ref, added.text());
        if (ref.kind() == ActorKind.PERSON || basis == MentionBasis.COREFERENCE) return;
        if (ref.kind() == ActorKind.ORGANIZATION && kb.state(ref.id()).isEmpty() && basis != MentionBasis.ORGAN) {
            names.body(ref, words.loose.subList(fromWord, toWord), added.text());
        }
        for (int k = fromWord; k < toWord; k++) {                             // "Houthi rebels", "Niger's junta": what the name is called
            vocab.organs.longestAt(words.loose, k).filter(o -> o.end() <= toWord).ifPresent(o -> describe(ref.id(), o.first()));
        }
    }
}
