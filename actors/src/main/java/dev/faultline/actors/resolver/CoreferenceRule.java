package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Sector;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Pronouns and nominals that refer back to an actor named earlier: "he" and "his" to a person, a
 * state's "its" to the state, "the prime minister" to the person holding that office, "the group" to
 * an organisation, "the general" to a person.
 */
final class CoreferenceRule implements Rule {
    private final ResolutionContext c;

    CoreferenceRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        String word = words.loose(w);
        if (Grammar.PERSON_PRONOUNS.contains(word)) {
            pronounAntecedent(w, ResolutionContext::isPerson).ifPresent(p -> c.emit(w, w + 1, p.actor(), MentionBasis.COREFERENCE, 0.6));
            return w + 1;
        }
        if (Pronouns.NON_PERSON.contains(word) && words.tokenOf(w).pos().equals("PRP")) {
            if (word.equals("it") && !itActs(w)) return w + 1;
            // Only an actor of an earlier sentence: within one, the coder reads the clause's parties from the named actor itself
            pronounAntecedent(w, word.equals("it") ? CoreferenceRule::itFits : CoreferenceRule::theyFit)
                    .filter(p -> p.sentence() < c.sentence() && !toldBySomeoneElse(p))
                    .ifPresent(p -> c.emit(w, w + 1, p.actor(), MentionBasis.COREFERENCE, 0.5));
            return w + 1;
        }
        if (word.equals("its") && words.tokenOf(w).pos().equals("PRP$")) {
            // "Germany plans to halve its aid": a state's own act, when the newest actor of the sentence before it is a state
            Optional<ActorMention> owner = c.antecedent(m -> m.actor().kind() != ActorKind.PERSON);
            if (owner.isEmpty() || owner.get().sentence() != c.sentence() || owner.get().actor().kind() != ActorKind.STATE
                    || organFollows(w + 1)) return -1;
            c.emit(w, w + 1, owner.get().actor(), MentionBasis.COREFERENCE, 0.55);
            return w + 1;
        }
        if (!word.equals("the")) return -1;
        Optional<PhraseTrie.Match<OfficeTitle>> title = c.vocab.titles.longestAt(words.loose, w + 1);
        if (title.isPresent() && !words.loose(title.get().end()).equals("of") && !c.nameStartsAt(title.get().end())) {
            Optional<ActorMention> holder = titleHolder(w, title.get().first());      // "the prime minister"
            if (holder.isPresent()) {
                c.emit(w, title.get().end(), holder.get().actor(), MentionBasis.COREFERENCE, 0.6);
                return title.get().end();
            }
        }
        if (words.anyCapital(w + 2, w + 3)) return -1;
        String noun = words.loose(w + 1);
        java.util.Set<String> nominal = c.vocab.statesByNominal.get(noun);
        if (nominal != null && !words.loose(w + 2).equals("of")) {          // "the kingdom": the monarchy the report named
            Optional<ActorMention> state = c.found.newestAnywhere(m -> m.actor().lineage().stream().anyMatch(nominal::contains));
            if (state.isPresent()) {
                String id = state.get().actor().lineage().stream().filter(nominal::contains).findFirst().orElseThrow();
                c.emit(w, w + 2, c.knownRef(id), MentionBasis.COREFERENCE, 0.6);
                return w + 2;
            }
            return w + 2;                                                   // no monarchy named: no guess
        }
        if (Grammar.GROUP_NOMINALS.contains(noun)) {
            // "the group" names an organisation, not people named by what they are ("officers", "civilians")
            Optional<ActorMention> p = c.antecedent(m -> m.actor().kind() != ActorKind.PERSON && m.actor().kind() != ActorKind.STATE
                    && m.actor().kind() != ActorKind.GROUP && m.actor().sector() != Sector.MED && !c.kb.state(m.actor().id()).isPresent());
            if (p.isPresent()) {
                c.emit(w, w + 2, p.get().actor(), MentionBasis.COREFERENCE, 0.55);
                return w + 2;
            }
        } else if (Grammar.PERSON_NOUNS.contains(noun)) {
            Optional<ActorMention> p = c.nominalAntecedent(w, ResolutionContext::isPerson);
            if (p.isPresent()) {
                c.emit(w, w + 2, p.get().actor(), MentionBasis.COREFERENCE, 0.55);
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
    private Optional<ActorMention> pronounAntecedent(int w, Predicate<ActorMention> fits) {
        Words words = c.words();
        int sentence = c.sentence();
        String word = words.loose(w);
        boolean reflexive = word.endsWith("self");
        boolean possessive = word.equals("his") || word.equals("hers") || words.tokenOf(w).pos().equals("PRP$");
        boolean object = !reflexive && !possessive && (word.equals("him") || word.equals("her") || word.equals("them"));
        // a possessive opening its clause's subject ("His pitch was...") continues the subject as "he" would
        boolean subject = !reflexive && !object && Clauses.subject(words, w, w + 1);
        int clause = Clauses.clauseStart(words, w);
        Set<String> bound = new HashSet<>();
        if (object) {
            c.antecedent((m, r) -> {
                if (c.inClause(m, r, clause) && r.subject()) bound.add(m.actor().id());
                return false;
            });
        }
        BiPredicate<ActorMention, FoundActors.Role> allowed = (m, r) -> fits.test(m) && !bound.contains(m.actor().id())
                && !(subject && c.inClause(m, r, clause) && !r.subject());
        if (reflexive) {
            return c.antecedent((m, r) -> allowed.test(m, r) && c.inClause(m, r, clause) && r.subject())
                    .or(() -> c.antecedent(allowed));
        }
        if (subject) {
            return c.antecedent((m, r) -> allowed.test(m, r) && m.sentence() == sentence && r.subject())
                    .or(() -> c.antecedent((m, r) -> allowed.test(m, r) && m.sentence() == sentence))
                    .or(() -> c.antecedent((m, r) -> allowed.test(m, r) && r.subject()))
                    .or(() -> c.antecedent(allowed));
        }
        return c.antecedent(allowed);
    }

    /**
     * Whether a subject "it" at {@code w} stands for an actor: it is followed by a verb that is not a
     * dummy's ("it said", "it has launched", not "it is clear", "it took days"); an "it" that is not a
     * subject is a thing more often than an actor ("denied it", "in it").
     */
    private boolean itActs(int w) {
        Words words = c.words();
        if (!Clauses.subject(words, w, w + 1)) return false;
        int k = w + 1;
        while (k < words.size() && words.tokenOf(k).pos().startsWith("RB")) k++;
        return !Pronouns.DUMMY_VERBS.contains(words.loose(k));
    }

    /** Verbs of saying that close a sentence a source told ("..., security sources said."). */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "say", "reported", "reports", "told", "added",
            "stated", "according", "quoted", "claimed");

    /**
     * Whether the sentence of {@code m} closes with words a source that is no actor said ("Israeli jets
     * bombed targets, Lebanese security sources said."): a "they" after it is that source more often than
     * the sentence's actor.
     */
    private boolean toldBySomeoneElse(ActorMention m) {
        Words ws = c.wordsOf(m.sentence());
        int comma = ws.loose.lastIndexOf(",");
        if (comma < 0) return false;
        boolean saying = false;
        for (int k = comma + 1; k < ws.size(); k++) saying |= SAYING.contains(ws.loose(k));
        if (!saying) return false;
        for (int i = 0; i < c.found.size(); i++) {
            ActorMention x = c.found.get(i);
            if (x.sentence() == m.sentence() && c.found.role(i).word() > comma && x.basis() != MentionBasis.DEMONYM) return false;   // the source is an actor
        }
        return true;
    }

    /** What "it" may stand for: an organisation or a state, not a person or a group of people. */
    private static boolean itFits(ActorMention m) {
        ActorKind k = m.actor().kind();
        return k == ActorKind.ORGANIZATION || k == ActorKind.STATE;
    }

    /** What "they" may stand for: an organisation or a group of people, not a person or a state's name. */
    private static boolean theyFit(ActorMention m) {
        ActorKind k = m.actor().kind();
        return k == ActorKind.ORGANIZATION || k == ActorKind.GROUP;
    }

    /** "the prime minister": the person named earlier in the report who holds that office on its date. */
    private Optional<ActorMention> titleHolder(int w, OfficeTitle title) {
        int clause = Clauses.clauseStart(c.words(), w);
        FoundActors found = c.found;
        for (int i = found.size() - 1; i >= 0; i--) {
            ActorMention m = found.get(i);
            FoundActors.Role r = found.role(i);
            if (!ResolutionContext.isPerson(m) || m.actor().origin() != ActorRef.Origin.KNOWN || c.inClause(m, r, clause) && r.subject()) continue;
            boolean holds = c.vocab.officesByHolder.getOrDefault(m.actor().id(), List.of()).stream()
                    .anyMatch(o -> o.title().equals(title.id()) && o.period().covers(c.date));
            if (holds) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** A state organ's words start at {@code w} ("its air force"): the organ, not the pronoun, is the actor. */
    private boolean organFollows(int w) {
        return c.vocab.organs.longestAt(c.words().loose, w).map(o -> o.first().relation() == GenericOrgan.Relation.PART_OF
                && !GenericOrganRule.kindWord(c.words(), w, o.end())).orElse(false);
    }
}
