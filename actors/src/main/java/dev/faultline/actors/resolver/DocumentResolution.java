package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasClaim;
import dev.faultline.actors.kb.AliasKey;
import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.actors.tabari.TabariActor;
import dev.faultline.actors.tabari.TabariAgent;
import dev.faultline.actors.tabari.TabariDictionary;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.AliasKind;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Qualifier;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.StateProfile;
import dev.faultline.domain.text.AnnotatedDocument;
import dev.faultline.domain.text.EntityType;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The resolution of one document: per-call state, confined to the calling thread. Sentences are read
 * in order so that pronouns and nominals can look back at the actors already found.
 */
final class DocumentResolution {
    /** How many sentences back a pronoun or nominal may look for its antecedent. */
    private static final int REACH = 3;

    private final KnowledgeBase kb;
    private final Vocabulary vocab;
    private final References refs;
    private final List<TabariDictionary> dictionaries;
    private final AnnotatedDocument doc;
    private final LocalDate date;
    private final List<ActorMention> out = new ArrayList<>();
    /** Each mention's place in its clause, parallel to {@link #out}. */
    private final List<Role> roles = new ArrayList<>();
    private final Set<String> unambiguous = new HashSet<>();
    private final Map<String, ActorRef> candidatesBySurname = new HashMap<>();
    private final Map<String, ActorRef> known = new HashMap<>();
    private final Set<String> lowercaseWords = new HashSet<>();
    /** Whether the report speaks of armed forces at all (an armed actor or organ other than a context-needing name). */
    private boolean armedContext;

    private Words words;
    private int sentence;
    private Map<Integer, Mention> namesByToken;

    DocumentResolution(KnowledgeBase kb, Vocabulary vocab, References refs, List<TabariDictionary> dictionaries,
                       AnnotatedDocument doc, LocalDate date) {
        this.kb = kb;
        this.vocab = vocab;
        this.refs = refs;
        this.dictionaries = dictionaries;
        this.doc = doc;
        this.date = date;
    }

    ResolvedDocument resolve() {
        List<Words> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            all.add(new Words(s));
            for (var t : s.tokens()) if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) lowercaseWords.add(t.word());
        }
        for (Words ws : all) collectUnambiguous(ws);
        for (Words ws : all) scan(ws);
        return new ResolvedDocument(doc, out);
    }

    /** First pass: actors named without ambiguity anywhere in the document decide the ambiguous names. */
    private void collectUnambiguous(Words ws) {
        words = ws;
        int w = 0;
        while (w < ws.size()) {
            int next = w + 1;
            List<PhraseTrie.Match<AliasClaim>> matches = vocab.aliases.allAt(ws.loose, w);
            for (int i = matches.size() - 1; i >= 0; i--) {
                List<AliasClaim> ok = acceptable(matches.get(i), w);
                if (ok.isEmpty()) continue;
                if (ok.stream().map(AliasClaim::actor).distinct().count() == 1) unambiguous.add(ok.get(0).actor());
                if (!armedContext) armedContext = ok.stream().anyMatch(c -> !needsArmedContext(c) && armed(c.actor()));
                next = matches.get(i).end();
                break;
            }
            if (!armedContext && next == w + 1) {
                armedContext = vocab.organs.longestAt(ws.loose, w).map(o -> ARMED.contains(o.first().sector())).orElse(false);
            }
            w = next;
        }
    }

    private void scan(Words ws) {
        words = ws;
        sentence = ws.sentence.index();
        namesByToken = new HashMap<>();
        for (Mention m : doc.mentionsIn(sentence)) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) namesByToken.putIfAbsent(m.tokenBegin(), m);
        }
        int w = 0;
        while (w < ws.size()) {
            int next = affiliation(w);
            if (next < 0) next = alias(w);
            if (next < 0) next = dictionary(w);
            if (next < 0) next = coreference(w);
            if (next < 0) next = generic(w);
            if (next < 0) next = candidate(w);
            w = next < 0 ? w + 1 : Math.max(next, w + 1);
        }
    }

    // ---- rule 1: "pro-Iranian Shiite militias", "Russian-backed fighters" --------------------------

    private int affiliation(int w) {
        AffiliationCue before = vocab.cuesBefore.get(words.loose(w));
        if (before != null) {
            Optional<Resolved> backer = bestAlias(w + 1);
            if (backer.isPresent()) {
                int end = group(w, backer.get().end, backer.get().actor, before);
                if (end > 0) return end;
            }
            return -1;
        }
        Optional<Resolved> backer = bestAlias(w);
        if (backer.isEmpty()) return -1;
        AffiliationCue after = vocab.cuesAfter.get(words.loose(backer.get().end));
        if (after == null) return -1;
        return group(w, backer.get().end + 1, backer.get().actor, after);
    }

    private int group(int from, int k, Actor backer, AffiliationCue cue) {
        Qualifier qualifier = null;
        while (vocab.qualifiers.containsKey(words.loose(k))) qualifier = vocab.qualifiers.get(words.loose(k++));
        Optional<PhraseTrie.Match<GenericOrgan>> organ = vocab.cuedOrgans.longestAt(words.loose, k);
        if (organ.isEmpty() && qualifier == null && (words.loose(k).equals("and") || words.loose(k).equals("or"))) {
            Optional<PhraseTrie.Match<GenericOrgan>> shared = sharedOrgan(k + 1);   // "Russian-backed and Iranian-allied fighters"
            if (shared.isPresent()) {
                emit(from, k, refs.affiliated(shared.get().first(), null, cue.link(), backer), MentionBasis.AFFILIATION, 0.7);
                return k;
            }
        }
        if (organ.isEmpty()) return -1;
        emit(from, organ.get().end(), refs.affiliated(organ.get().first(), qualifier, cue.link(), backer), MentionBasis.AFFILIATION, 0.8);
        return organ.get().end();
    }

    /** The organ after a second backer and cue starting at {@code w} ("... and Iranian-allied fighters"), which the first shares. */
    private Optional<PhraseTrie.Match<GenericOrgan>> sharedOrgan(int w) {
        Optional<Resolved> backer = bestAlias(w);
        if (backer.isEmpty() || !vocab.cuesAfter.containsKey(words.loose(backer.get().end))) return Optional.empty();
        int k = backer.get().end + 1;
        while (vocab.qualifiers.containsKey(words.loose(k))) k++;
        return vocab.cuedOrgans.longestAt(words.loose, k);
    }

    // ---- rule 2: knowledge-base aliases and what they compose with ----------------------------------

    private int alias(int w) {
        Optional<Resolved> r = bestAlias(w);
        if (r.isEmpty()) return -1;
        Resolved m = r.get();
        // "the pro-Assad coalition" with no organ the cue could define: a group on Assad's side, not Assad
        if (w > 0 && vocab.cuesBefore.containsKey(words.loose(w - 1)) && words.token.get(w - 1).equals(words.token.get(w))) return m.end;
        Actor a = m.actor;
        Optional<StateProfile> state = kb.state(a.id());
        if (state.isPresent()) return state(w, m, state.get());
        if (a.kind() == ActorKind.PERSON && words.loose(m.end).equals("s") && a.country() != null) {
            Optional<StateProfile> of = kb.stateByIso3(a.country());
            Optional<PhraseTrie.Match<GenericOrgan>> organ = vocab.organs.longestAt(words.loose, m.end + 1);
            if (of.isPresent() && organ.isPresent() && !isPersonNoun(organ.get())) {
                emit(w, organ.get().end(), organRef(of.get(), organ.get()), MentionBasis.ORGAN, 0.85);
                return organ.get().end();
            }
        }
        int end = m.end;
        if (a.kind() != ActorKind.PERSON) {                       // "Hezbollah fighters", "ISIS militants": the group itself
            Optional<PhraseTrie.Match<GenericOrgan>> members = vocab.organs.longestAt(words.loose, m.end);
            if (members.isPresent() && !words.anyCapital(m.end, members.get().end())) end = members.get().end();
        }
        MentionBasis basis = switch (m.claim.alias().kind()) {
            case EPITHET -> MentionBasis.EPITHET;
            case METONYM -> MentionBasis.METONYM;
            default -> MentionBasis.ALIAS;
        };
        emit(w, end, knownRef(a.id()), basis, m.ambiguous ? 0.7 : 0.95);
        return end;
    }

    private int state(int w, Resolved m, StateProfile state) {
        AliasKind kind = m.claim.alias().kind();
        if (kind == AliasKind.EPITHET) {
            emit(w, m.end, knownRef(state.actor()), MentionBasis.EPITHET, 0.9);
            return m.end;
        }
        if (Grammar.PLACE_AFTER.contains(words.loose(m.end))) return m.end + 1;   // "London-based", "Damascus countryside"
        if (kind == AliasKind.METONYM || kind == AliasKind.CAPITAL) {
            if (kind == AliasKind.CAPITAL && locativeBefore(w)) return m.end;
            Sector sector = m.claim.alias().sector() == null ? Sector.GOV : m.claim.alias().sector();
            Optional<ActorRef> organ = refs.organ(state, sector, date);
            emit(w, m.end, organ.orElseGet(() -> knownRef(state.actor())), MentionBasis.METONYM, 0.8);
            return m.end;
        }
        if (vocab.cuesAfter.containsKey(words.loose(m.end))) return m.end + 1; // "Iran-backed Hezbollah": Iran is not the actor here
        int k = m.end;
        if (words.loose(k).equals("s")) k++;
        Optional<PhraseTrie.Match<OfficeTitle>> title = vocab.titles.longestAt(words.loose, k);
        while (vocab.qualifiers.containsKey(words.loose(k))) k++;
        Optional<PhraseTrie.Match<GenericOrgan>> organ = vocab.organs.longestAt(words.loose, k);
        if (title.isPresent() && (organ.isEmpty() || title.get().end() >= organ.get().end())) {
            int end = title.get().end();
            if (nameStartsAt(end)) return end;                   // "Iran's defense minister Amir Hatami": the name says who
            List<Actor> holders = kb.officeHolders(title.get().first().id(), state.actor(), date);
            if (holders.size() == 1) {
                emit(w, end, knownRef(holders.get(0).id()), MentionBasis.OFFICE, 0.85);
                return end;
            }
            Optional<ActorMention> earlier = nominalAntecedent(w, p -> isPerson(p) && state.iso3().equals(p.actor().country()));
            if (earlier.isPresent()) {
                emit(w, end, earlier.get().actor(), MentionBasis.COREFERENCE, 0.6);
                return end;
            }
        }
        if (organ.isPresent()) {
            int end = organ.get().end();
            if (isPersonNoun(organ.get())) {
                Optional<ActorMention> earlier = nominalAntecedent(w, p -> isPerson(p) && state.iso3().equals(p.actor().country()));
                if (earlier.isPresent()) {
                    emit(w, end, earlier.get().actor(), MentionBasis.COREFERENCE, 0.6);
                    return end;
                }
            }
            emit(w, end, organRef(state, organ.get()), MentionBasis.ORGAN, 0.9);
            return end;
        }
        if (kind == AliasKind.DEMONYM) {
            if (words.exactPhrase(w, m.end).equals(AliasKey.exact(state.plural()))) {
                emit(w, m.end, knownRef(state.actor()), MentionBasis.DEMONYM, 0.7);
            }
            return m.end;                                          // "Iranian oil", "an Iranian": not an actor
        }
        if (!acts(w, m.end)) return m.end;                        // "in Syria", "northern Iraq": a place
        emit(w, m.end, knownRef(state.actor()), MentionBasis.ALIAS, 0.85);
        return m.end;
    }

    // ---- rule 3: a PETRARCH user's dictionaries ---------------------------------------------------

    private int dictionary(int w) {
        if (dictionaries.isEmpty() || !words.anyCapital(w, w + 1)) return -1;
        for (TabariDictionary d : dictionaries) {
            Optional<PhraseTrie.Match<TabariActor>> m = d.actorAt(words.exact, w);
            if (m.isEmpty()) continue;
            Optional<String> code = m.get().first().codeAt(date).filter(c -> !c.equals("---"));
            if (code.isEmpty()) continue;
            int end = m.get().end();
            String full = code.get();
            Optional<PhraseTrie.Match<TabariAgent>> agent = d.agentAt(words.exact, end);
            if (agent.isPresent()) {                               // "Freedonian police": FRD + ~COP = FRDCOP
                full = agent.get().first().applyTo(full).replace("~", "");
                end = agent.get().end();
            }
            String name = doc.text(words.tokenOf(w).begin(), words.tokenOf(end - 1).end());
            emit(w, end, refs.dictionary(name, full), MentionBasis.DICTIONARY, 0.85);
            return end;
        }
        return -1;
    }

    // ---- rule 4: pronouns and nominals --------------------------------------------------------------

    private int coreference(int w) {
        String word = words.loose(w);
        if (Grammar.PERSON_PRONOUNS.contains(word)) {
            pronounAntecedent(w).ifPresent(p -> emit(w, w + 1, p.actor(), MentionBasis.COREFERENCE, 0.6));
            return w + 1;
        }
        if (word.equals("its") && words.tokenOf(w).pos().equals("PRP$")) {
            // "Germany plans to halve its aid": a state's own act, when the newest actor of the sentence before it is a state
            Optional<ActorMention> owner = antecedent(m -> m.actor().kind() != ActorKind.PERSON);
            if (owner.isEmpty() || owner.get().sentence() != sentence || owner.get().actor().kind() != ActorKind.STATE
                    || organFollows(w + 1)) return -1;
            emit(w, w + 1, owner.get().actor(), MentionBasis.COREFERENCE, 0.55);
            return w + 1;
        }
        if (!word.equals("the")) return -1;
        Optional<PhraseTrie.Match<OfficeTitle>> title = vocab.titles.longestAt(words.loose, w + 1);
        if (title.isPresent() && !words.loose(title.get().end()).equals("of") && !nameStartsAt(title.get().end())) {
            Optional<ActorMention> holder = titleHolder(w, title.get().first());      // "the prime minister"
            if (holder.isPresent()) {
                emit(w, title.get().end(), holder.get().actor(), MentionBasis.COREFERENCE, 0.6);
                return title.get().end();
            }
        }
        if (words.anyCapital(w + 2, w + 3)) return -1;
        String noun = words.loose(w + 1);
        if (Grammar.GROUP_NOMINALS.contains(noun)) {
            // "the group" names an organisation, not people named by what they are ("officers", "civilians")
            Optional<ActorMention> p = antecedent(m -> m.actor().kind() != ActorKind.PERSON && m.actor().kind() != ActorKind.STATE
                    && m.actor().kind() != ActorKind.GROUP && m.actor().sector() != Sector.MED && !kb.state(m.actor().id()).isPresent());
            if (p.isPresent()) {
                emit(w, w + 2, p.get().actor(), MentionBasis.COREFERENCE, 0.55);
                return w + 2;
            }
        } else if (Grammar.PERSON_NOUNS.contains(noun)) {
            Optional<ActorMention> p = nominalAntecedent(w, this::isPerson);
            if (p.isPresent()) {
                emit(w, w + 2, p.get().actor(), MentionBasis.COREFERENCE, 0.55);
                return w + 2;
            }
        }
        return -1;
    }

    /**
     * Who a personal pronoun at {@code w} is. Within reach, newest first, a person who is not ruled
     * out by the pronoun's own clause: a subject pronoun is not a non-subject of its clause ("Without
     * a word to the general, he left": not the general), an object pronoun not its clause's subject
     * ("Putin told him"). A subject pronoun prefers a subject: this sentence's, then any person of
     * this sentence, then the nearest earlier subject, then anyone; so does a possessive that opens a
     * subject ("His pitch was"). A reflexive is its clause's subject. Other pronouns take the newest person.
     */
    private Optional<ActorMention> pronounAntecedent(int w) {
        String word = words.loose(w);
        boolean reflexive = word.endsWith("self");
        boolean possessive = word.equals("his") || word.equals("hers") || words.tokenOf(w).pos().equals("PRP$");
        boolean object = !reflexive && !possessive && (word.equals("him") || word.equals("her"));
        // a possessive opening its clause's subject ("His pitch was...") continues the subject as "he" would
        boolean subject = !reflexive && !object && Clauses.subject(words, w, w + 1);
        int clause = Clauses.clauseStart(words, w);
        Set<String> bound = new HashSet<>();
        if (object) {
            forEachCandidate((m, r) -> {
                if (inClause(m, r, clause) && r.subject) bound.add(m.actor().id());
                return false;
            });
        }
        BiPredicate<ActorMention, Role> allowed = (m, r) -> isPerson(m) && !bound.contains(m.actor().id())
                && !(subject && inClause(m, r, clause) && !r.subject);
        if (reflexive) {
            return forEachCandidate((m, r) -> allowed.test(m, r) && inClause(m, r, clause) && r.subject)
                    .or(() -> forEachCandidate(allowed));
        }
        if (subject) {
            return forEachCandidate((m, r) -> allowed.test(m, r) && m.sentence() == sentence && r.subject)
                    .or(() -> forEachCandidate((m, r) -> allowed.test(m, r) && m.sentence() == sentence))
                    .or(() -> forEachCandidate((m, r) -> allowed.test(m, r) && r.subject))
                    .or(() -> forEachCandidate(allowed));
        }
        return forEachCandidate(allowed);
    }

    /** A nominal ("the general") is not the subject of its own clause ("he disparaged the general's tactics"). */
    private Optional<ActorMention> nominalAntecedent(int w, Predicate<ActorMention> fits) {
        int clause = Clauses.clauseStart(words, w);
        return forEachCandidate((m, r) -> fits.test(m) && !(inClause(m, r, clause) && r.subject));
    }

    /** "the prime minister": the person named earlier in the report who holds that office on its date. */
    private Optional<ActorMention> titleHolder(int w, OfficeTitle title) {
        int clause = Clauses.clauseStart(words, w);
        for (int i = out.size() - 1; i >= 0; i--) {
            ActorMention m = out.get(i);
            if (!isPerson(m) || m.actor().origin() != ActorRef.Origin.KNOWN || inClause(m, roles.get(i), clause) && roles.get(i).subject) continue;
            boolean holds = vocab.officesByHolder.getOrDefault(m.actor().id(), List.of()).stream()
                    .anyMatch(o -> o.title().equals(title.id()) && o.period().covers(date));
            if (holds) return Optional.of(m);
        }
        return Optional.empty();
    }

    private boolean inClause(ActorMention m, Role r, int clauseStart) {
        return m.sentence() == sentence && r.word >= clauseStart;
    }

    // ---- rule 5: people named by what they are ("civilians", "the rebels", "police") --------------------
    // A state organ named with no state ("police arrested", "troops fired") is an actor of unknown
    // country rather than no actor: the event is real even when the report leaves the state implicit.

    private int generic(int w) {
        // A capital says a name ("Police" the band), except on a sentence's first word ("Protesters gathered").
        int from = words.token.get(w) == 0 && sentenceInitialOnly(w) ? w + 1 : w;
        if (words.anyCapital(from, w + 1)) return -1;
        Optional<PhraseTrie.Match<GenericOrgan>> organ = vocab.organs.longestAt(words.loose, w);
        if (organ.isEmpty()) return -1;
        if (organ.get().first().relation() == GenericOrgan.Relation.ASSET_OF) return -1;   // "targets" alone are no one
        if (words.anyCapital(from, organ.get().end())) return -1;
        boolean ofState = organ.get().first().relation() == GenericOrgan.Relation.PART_OF;
        if (ofState && !kindWord(w, organ.get().end()) && words.loose(w - 1).equals("its")) {   // "the Israeli military said its air force struck"
            Optional<StateProfile> owner = possessingState();
            if (owner.isPresent()) {
                emit(w, organ.get().end(), organRef(owner.get(), organ.get()), MentionBasis.COREFERENCE, 0.6);
                return organ.get().end();
            }
        }
        int described = w;                                              // "Kurdish fighters", "Shiite militias": a described group
        while (described > 0 && vocab.qualifiers.containsKey(words.loose(described - 1))) described--;
        if (described < w) {
            emit(described, organ.get().end(), refs.described(organ.get().first(), vocab.qualifiers.get(words.loose(described))),
                    MentionBasis.ORGAN, 0.6);
            return organ.get().end();
        }
        emit(w, organ.get().end(), refs.generic(organ.get().first()), MentionBasis.ORGAN, ofState ? 0.5 : 0.6);
        return organ.get().end();
    }

    /** A state organ's words start at {@code w} ("its air force"): the organ, not the pronoun, is the actor. */
    private boolean organFollows(int w) {
        return vocab.organs.longestAt(words.loose, w).map(o -> o.first().relation() == GenericOrgan.Relation.PART_OF
                && !kindWord(w, o.end())).orElse(false);
    }

    /** An organ's one word [w, end) tagged as an adjective before a noun says a kind of thing: "its military aid". */
    private boolean kindWord(int w, int end) {
        return end == w + 1 && words.tokenOf(w).pos().startsWith("JJ") && w + 1 < words.size() && words.tokenOf(w + 1).pos().startsWith("NN");
    }

    /**
     * The state an "its" refers to: the newest actor within reach that is not a person, when it is a
     * state or one of a state's organs ("The IDF said its jets"). A group ("Hamas said its
     * fighters") owns no state's organs, so it gives none.
     */
    private Optional<StateProfile> possessingState() {
        Optional<ActorMention> newest = antecedent(m -> m.actor().kind() != ActorKind.PERSON);
        if (newest.isEmpty()) return Optional.empty();
        ActorRef a = newest.get().actor();
        if (a.kind() == ActorKind.STATE) return kb.state(a.id());
        if (a.country() == null || a.sector() == null || !a.sector().isStateOrgan()) return Optional.empty();
        return kb.stateByIso3(a.country());
    }

    /** True when the word's only capital is its first letter ("Protesters", not "NATO" or "McCain"). */
    private boolean sentenceInitialOnly(int w) {
        String s = words.exact.get(w);
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return false;
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    // ---- rule 6: names the entity recogniser found that the knowledge base lacks -----------------------

    private int candidate(int w) {
        if (w > 0 && words.token.get(w - 1).equals(words.token.get(w))) return -1;
        Mention name = namesByToken.get(words.token.get(w));
        if (name == null) return -1;
        int end = w;
        while (end < words.size() && words.token.get(end) < name.tokenEnd()) end++;
        for (int i = w + 1; i < end; i++) {
            Optional<Resolved> inner = bestAlias(i);
            if (inner.isEmpty()) continue;
            // "Hassan Nasrallah" where the base has "Nasrallah": the whole name is the known person
            if (name.type() == EntityType.PERSON && inner.get().end == end && inner.get().actor.kind() == ActorKind.PERSON) {
                emit(w, end, knownRef(inner.get().actor.id()), MentionBasis.ALIAS, 0.85);
                return end;
            }
            return -1;
        }
        if (!Candidates.acceptable(words, w, end, kb, lowercaseWords)) return end;
        ActorKind kind = name.type() == EntityType.PERSON ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        String text = doc.text(words.tokenOf(w).begin(), words.tokenOf(end - 1).end());
        ActorRef ref;
        if (kind == ActorKind.PERSON) {
            String surname = words.loose(end - 1);
            ActorRef seen = candidatesBySurname.get(surname);
            ref = seen != null && (end - w == 1 || seen.name().equalsIgnoreCase(text)) ? seen : refs.candidate(text, kind);
            candidatesBySurname.putIfAbsent(surname, ref);
        } else {
            ref = refs.candidate(text, kind);
        }
        emit(w, end, ref, MentionBasis.CANDIDATE, 0.5);
        return end;
    }

    // ---- shared ------------------------------------------------------------------------------------

    private record Resolved(Actor actor, AliasClaim claim, int end, boolean ambiguous) {}

    /** The longest alias at {@code w} that fits its letter case, with the actor the document context picks. */
    private Optional<Resolved> bestAlias(int w) {
        if (w >= words.size()) return Optional.empty();
        List<PhraseTrie.Match<AliasClaim>> matches = vocab.aliases.allAt(words.loose, w);
        for (int i = matches.size() - 1; i >= 0; i--) {
            List<AliasClaim> ok = acceptable(matches.get(i), w);
            if (!armedContext) ok.removeIf(this::needsArmedContext);
            if (ok.isEmpty()) continue;
            AliasClaim pick = ok.stream().filter(c -> unambiguous.contains(c.actor())).findFirst().orElse(ok.get(0));
            boolean ambiguous = ok.stream().map(AliasClaim::actor).distinct().count() > 1;
            Optional<Actor> actor = kb.actor(pick.actor());
            if (actor.isPresent()) return Optional.of(new Resolved(actor.get(), pick, matches.get(i).end(), ambiguous));
        }
        return Optional.empty();
    }

    /** The claims whose letter case fits the text: case-sensitive aliases exactly; capitalised names need a capital. */
    private List<AliasClaim> acceptable(PhraseTrie.Match<AliasClaim> m, int w) {
        List<AliasClaim> ok = new ArrayList<>();
        int priority = Integer.MIN_VALUE;
        for (AliasClaim c : m.values()) {
            if (c.alias().caseSensitive()) {
                if (!words.exactPhrase(w, m.end()).equals(AliasKey.exact(Vocabulary.split(c.alias().text())))) continue;
            } else if (c.alias().kind() != AliasKind.EPITHET && hasCapital(c.alias().text()) && !words.anyCapital(w, m.end())) {
                continue;
            }
            ok.add(c);
            priority = Math.max(priority, c.alias().priority());
        }
        if (ok.size() > 1) {
            int top = priority;
            boolean shared = ok.stream().allMatch(c -> c.alias().shared());
            if (!shared) ok.removeIf(c -> c.alias().priority() < top);
        }
        return ok;
    }

    /** Sectors of armed actors: their presence makes a report one about armed conflict. */
    private static final Set<Sector> ARMED = java.util.EnumSet.of(Sector.MIL, Sector.REB, Sector.INS, Sector.SEP, Sector.UAF, Sector.IMG);

    private boolean armed(String actorId) {
        return kb.actor(actorId).map(a -> a.sector() != null && ARMED.contains(a.sector())).orElse(false);
    }

    /**
     * An armed group's one-word, case-sensitive name that is also a surname ("Wagner": the composer)
     * names the group only in a report about armed forces; elsewhere it is left to the recogniser.
     */
    private boolean needsArmedContext(AliasClaim c) {
        String text = c.alias().text();
        if (!c.alias().caseSensitive() || text.contains(" ") || text.equals(text.toUpperCase(java.util.Locale.ROOT))) return false;
        return kb.actor(c.actor()).map(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.STATE
                && a.sector() != null && ARMED.contains(a.sector())).orElse(false);
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    private boolean isPersonNoun(PhraseTrie.Match<GenericOrgan> organ) {
        return organ.end() - organ.start() == 1 && Grammar.PERSON_NOUNS.contains(words.loose(organ.start()));
    }

    private boolean isPerson(ActorMention m) {
        return m.actor().kind() == ActorKind.PERSON;
    }

    /**
     * Whether a state's name names the state acting rather than its territory: it is followed by its
     * verb ("Russia deployed", "Iran has", "Russia and Iran agreed"), is a verb's object ("accused
     * Israel"), owns something ("Iran's program"), or is what an action is done with, against, by or
     * on ("talks with Iran", "strikes on Syria"). Otherwise it is a place ("in Syria", "northern Iraq").
     */
    private boolean acts(int w, int end) {
        if (partyBetween(w) || recipient(w)) return true;
        if (locativeBefore(w) || Grammar.DIRECTIONS.contains(words.loose(w - 1))) return false;
        if (Grammar.PARTICIPANT.contains(words.loose(w - 1))) return true;
        if (w > 0 && words.tokenOf(w - 1).pos().startsWith("VB")) return true;      // "accused Israel", "warned Iran"
        if (words.loose(end).equals("s")) return true;
        int reach = end + 8;
        for (int k = end; k < Math.min(words.size(), reach); k++) {
            String pos = words.tokenOf(k).pos();
            if (pos.startsWith("VB") || pos.equals("MD")) return k == end || !words.tokenOf(k - 1).pos().equals("IN");
            if (pos.equals("IN") && k + 1 < words.size() && Grammar.WHEN.contains(words.loose(k + 1))) {   // "Serbia on Thursday rejected"
                k++;
                continue;
            }
            if (Grammar.WHEN.contains(words.loose(k))) continue;                                       // "Israel today mounted
            if (k == end && pos.equals("TO") && Clauses.verb(words, k + 1)) return true;   // headlines: "Russia to host talks"
            if (k == end && pos.equals(",") && k + 1 < words.size() && APPOSITION_START.contains(words.tokenOf(k + 1).pos())) {
                int close = appositionEnd(k + 1);                                        // "Pakistan, a key U.S. ally, has refused"
                if (close > 0) {
                    reach += close - k;
                    k = close;
                    continue;
                }
            }
            boolean conjunct = pos.startsWith("NNP") || pos.equals("CC") || pos.equals(",") || pos.startsWith("RB");
            if (!conjunct) return false;
        }
        return false;
    }

    /**
     * A name inside "between X and Y" after a noun of a relation ({@link Grammar#RELATION_NOUNS}):
     * "clashes broke out between Qatar and Azerbaijan", "talks between Ankara's allies Qatar and
     * Oman". After any other noun the names are places ("the road between Damascus and Homs").
     */
    private boolean partyBetween(int w) {
        int k = w - 1;
        while (k >= 0 && w - k <= 8 && !words.loose(k).equals("between")) {
            String pos = words.tokenOf(k).pos();
            if (pos.startsWith("VB") || pos.equals(",") || pos.equals(":") || pos.equals("MD")) return false;
            k--;
        }
        if (k < 0 || !words.loose(k).equals("between")) return false;
        for (int r = k - 1; r >= Math.max(0, k - 8); r--) {
            String word = words.loose(r), pos = words.tokenOf(r).pos();
            if (Grammar.RELATION_NOUNS.contains(word)) return true;
            if (pos.equals(",") || pos.equals(":") || pos.startsWith("NN") && !Grammar.TIME_NOUNS.contains(word)) return false;
        }
        return false;
    }

    /**
     * "aid to Ukraine", "an ultimatum to Damascus", "support from Russia and Iran": after a noun of
     * giving or threatening, "to" names who receives and "from" who gives, not where.
     */
    private boolean recipient(int w) {
        int p = w - 1;
        if (Grammar.DETERMINERS.contains(words.loose(p))) p--;
        if (words.loose(p).equals("and") || words.loose(p).equals("or")) {      // "support from Russia and Iran": Iran too
            int k = p - 1;
            while (k > 0 && words.tokenOf(k).pos().startsWith("NNP")) k--;
            if (k < p - 1) p = k;
            else return false;
        }
        String preposition = words.loose(p);
        return (preposition.equals("to") || preposition.equals("from")) && Grammar.RECIPIENT_NOUNS.contains(words.loose(p - 1));
    }

    /** Parts of speech an apposition starts with: "a key ally", "the country's neighbour", "its ally", "Iran's ally". */
    private static final Set<String> APPOSITION_START = Set.of("DT", "PRP$", "JJ", "JJS");

    /** The comma closing an apposition that starts at {@code from}, within a short stretch without a verb; else -1. */
    private int appositionEnd(int from) {
        for (int k = from; k < Math.min(words.size(), from + 15); k++) {
            String pos = words.tokenOf(k).pos();
            if (pos.equals(",")) return k;
            if (pos.startsWith("VB") || pos.equals("MD") || pos.equals(".")) return -1;
        }
        return -1;
    }

    /** "in Syria", "into the capital", and "south of Damascus", "the outskirts of Aleppo": a place. */
    private boolean locativeBefore(int w) {
        int p = w - 1;
        if (Grammar.DETERMINERS.contains(words.loose(p))) p--;
        if (Grammar.LOCATIVE.contains(words.loose(p))) return true;
        String before = words.loose(p - 1);
        return words.loose(p).equals("of") && (Grammar.DIRECTIONS.contains(before) || Grammar.PLACE_AFTER.contains(before));
    }

    /** Whether a person's name starts at word {@code w}: a known person's alias, or the recogniser's PERSON. */
    private boolean nameStartsAt(int w) {
        if (w >= words.size()) return false;
        Mention n = namesByToken.get(words.token.get(w));
        if (n != null && n.type() == EntityType.PERSON) return true;
        return bestAlias(w).map(r -> r.actor.kind() == ActorKind.PERSON).orElse(false);
    }

    private Optional<ActorMention> antecedent(Predicate<ActorMention> fits) {
        return forEachCandidate((m, r) -> fits.test(m));
    }

    /** The newest mention within reach that {@code fits}, with its place in its clause. */
    private Optional<ActorMention> forEachCandidate(BiPredicate<ActorMention, Role> fits) {
        for (int i = out.size() - 1; i >= 0; i--) {
            ActorMention m = out.get(i);
            if (m.sentence() < sentence - REACH) break;
            if (fits.test(m, roles.get(i))) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** Where a mention stands in its sentence: its first word, whether it reads as a subject. */
    private record Role(int word, boolean subject) {}

    /** A state's organ as the report names it: the knowledge base's actor for it when it has one, else derived. */
    private ActorRef organRef(StateProfile state, PhraseTrie.Match<GenericOrgan> organ) {
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

    private ActorRef knownRef(String id) {
        return known.computeIfAbsent(id, k -> refs.known(k, date));
    }

    private void emit(int fromWord, int toWord, ActorRef ref, MentionBasis basis, double confidence) {
        int tokenBegin = words.token.get(fromWord);
        int tokenEnd = words.token.get(toWord - 1) + 1;
        int begin = words.sentence.tokens().get(tokenBegin).begin();
        int end = words.sentence.tokens().get(tokenEnd - 1).end();
        if (!out.isEmpty() && out.get(out.size() - 1).end() > begin) return;   // a token already read as another actor
        out.add(new ActorMention(begin, end, sentence, tokenBegin, tokenEnd, doc.text(begin, end), ref, basis, confidence));
        roles.add(new Role(fromWord, Clauses.subject(words, fromWord, toWord)));
    }
}
