package dev.faultline.actors.resolver;

import dev.faultline.actors.kb.AliasKey;
import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.Actor;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.AliasKind;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.OfficeTitle;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.StateProfile;

import java.util.List;
import java.util.Optional;

/**
 * A state's alias, read for what it stands for there: its hostile epithet is the state; its capital or
 * seat its government ("the Kremlin"), unless it is a place ("in Damascus", "London-based"); with an
 * office the holder at the report's date ("the Iranian president"); with an organ the state's organ
 * ("the Iranian navy"); its demonym alone nothing unless plural ("Iranians"); and its name the state
 * only when it acts ({@link StatePlaceOrParty}).
 */
final class StateNameRule {
    /** Participles that make the capital after them the place someone holds: "Houthi-held Sanaa", "rebel-controlled". */
    static final java.util.Set<String> HELD = java.util.Set.of("held", "controlled", "run", "occupied", "besieged", "seized");

    private final ResolutionContext c;
    private final StatePlaceOrParty place;

    StateNameRule(ResolutionContext c, StatePlaceOrParty place) {
        this.c = c;
        this.place = place;
    }

    /** Reads the state's alias {@code m} starting at word {@code w}; the word after what it consumed. */
    int at(int w, DocumentAliases.Match m, StateProfile state) {
        Words words = c.words();
        AliasKind kind = m.claim().alias().kind();
        if (kind == AliasKind.EPITHET) {
            c.emit(w, m.end(), c.knownRef(state.actor()), MentionBasis.EPITHET, 0.9);
            return m.end();
        }
        if (Grammar.PLACE_AFTER.contains(words.loose(m.end()))) return m.end() + 1;   // "London-based", "Damascus countryside"
        if (kind == AliasKind.METONYM || kind == AliasKind.CAPITAL) {
            if (kind == AliasKind.CAPITAL && place.locativeBefore(w)) return m.end();
            if (kind == AliasKind.CAPITAL && HELD.contains(words.loose(w - 1))) {   // "Houthi-held Sanaa": a place, and whose it is
                c.holdCapital(state, c.endingAt(w - 1).map(ActorMention::actor).orElse(null));
                return m.end();
            }
            Optional<Optional<ActorRef>> holder = kind == AliasKind.CAPITAL ? c.capitalHolder(state) : Optional.empty();
            if (holder.isPresent()) {                                 // a capital its government does not hold stands for who does
                holder.get().ifPresent(h -> c.emit(w, m.end(), h, MentionBasis.METONYM, 0.75));
                return m.end();
            }
            Sector sector = m.claim().alias().sector() == null ? Sector.GOV : m.claim().alias().sector();
            Optional<ActorRef> organ = c.refs.organ(state, sector, c.date);
            c.emit(w, m.end(), organ.orElseGet(() -> c.knownRef(state.actor())), MentionBasis.METONYM, 0.8);
            return m.end();
        }
        if (c.vocab.cuesAfter.containsKey(words.loose(m.end()))) return m.end() + 1; // "Iran-backed Hezbollah": Iran is not the actor here
        int k = m.end();
        if (words.loose(k).equals("s")) k++;
        Optional<PhraseTrie.Match<OfficeTitle>> title = c.vocab.titles.longestAt(words.loose, k);
        while (c.vocab.qualifiers.containsKey(words.loose(k))) k++;
        Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.organs.longestAt(words.loose, k);
        if (title.isPresent() && (organ.isEmpty() || title.get().end() >= organ.get().end())) {
            int end = title.get().end();
            if (c.nameStartsAt(end)) return end;                   // "Iran's defense minister Amir Hatami": the name says who
            List<Actor> holders = c.kb.officeHolders(title.get().first().id(), state.actor(), c.date);
            if (holders.size() == 1) {
                c.emit(w, end, c.knownRef(holders.get(0).id()), MentionBasis.OFFICE, 0.85);
                return end;
            }
            Optional<ActorMention> earlier = c.nominalAntecedent(w, p -> ResolutionContext.isPerson(p) && state.iso3().equals(p.actor().country()));
            if (earlier.isPresent()) {
                c.emit(w, end, earlier.get().actor(), MentionBasis.COREFERENCE, 0.6);
                return end;
            }
        }
        if (organ.isPresent() && ResolutionContext.faction(organ.get().first())) {
            int name = nameAfter(words, organ.get().end());
            if (name >= 0) {                                            // "the Sudanese paramilitary Rapid Support Forces"
                c.describeNext(new ResolutionContext.Description(organ.get().first(), state, w, name));
                return name;
            }
            Optional<ActorMention> head = c.appositionHead(w);
            if (head.isPresent()) {                                     // "the RSF, a Sudanese paramilitary group,"
                int end = GenericOrganRule.bodyNounAfter(words, organ.get().end());
                c.describe(head.get(), organ.get().first(), state, w, end);
                return end;
            }
        }
        if (organ.isPresent()) {
            int end = organ.get().end();
            if (c.isPersonNoun(organ.get())) {
                Optional<ActorMention> earlier = c.nominalAntecedent(w, p -> ResolutionContext.isPerson(p) && state.iso3().equals(p.actor().country()));
                if (earlier.isPresent()) {
                    c.emit(w, end, earlier.get().actor(), MentionBasis.COREFERENCE, 0.6);
                    return end;
                }
            }
            c.emit(w, end, c.organRef(state, organ.get()), MentionBasis.ORGAN, 0.9);
            return end;
        }
        if (kind == AliasKind.DEMONYM) {
            Optional<PhraseTrie.Match<GenericOrgan>> shared = sharedOrgan(words, m.end());
            if (shared.isPresent()) {                                   // "Syrian and Iranian forces": Syria's forces too
                c.emit(w, m.end(), c.organRef(state, shared.get()), MentionBasis.ORGAN, 0.8);
                return m.end();
            }
            int name = nameAfter(words, m.end());
            if (name >= 0) {                                            // "Sudanese RSF": the name's country
                c.describeNext(new ResolutionContext.Description(null, state, w, name));
                return name;
            }
            Optional<ActorMention> head = c.appositionHead(w);
            if (head.isPresent()) {                                     // "the RSF, a Sudanese group,"
                c.describe(head.get(), null, state, w, GenericOrganRule.bodyNounAfter(words, m.end()));
                return m.end();
            }
            boolean adjectiveBeforeNoun = state.plural().equals(state.adjective()) && m.end() < words.size()
                    && words.tokenOf(m.end()).pos().matches("NNS?|JJ.?");     // "Lebanese security sources": no people
            if (words.exactPhrase(w, m.end()).equals(AliasKey.exact(state.plural())) && !adjectiveBeforeNoun) {
                c.emit(w, m.end(), c.knownRef(state.actor()), MentionBasis.DEMONYM, 0.7);
            }
            return m.end();                                          // "Iranian oil", "an Iranian": not an actor
        }
        if (!place.acts(w, m.end())) return m.end();               // "in Syria", "northern Iraq": a place
        c.emit(w, m.end(), c.knownRef(state.actor()), MentionBasis.ALIAS, 0.85);
        if (words.loose(m.end()).equals("s") && properName(words, m.end() + 1) >= 0) {   // "Sudan's Rapid Support Forces"
            c.describeNext(new ResolutionContext.Description(null, state, w, m.end() + 1));
        }
        return m.end();
    }

    /** The organ after "and" (or "or") and another state's demonym at {@code k}: "[Syrian] and Iranian forces". */
    private Optional<PhraseTrie.Match<GenericOrgan>> sharedOrgan(Words words, int k) {
        String conjunction = words.loose(k);
        if (!conjunction.equals("and") && !conjunction.equals("or")) return Optional.empty();
        Optional<DocumentAliases.Match> next = c.bestAlias(k + 1);
        if (next.isEmpty() || next.get().claim().alias().kind() != AliasKind.DEMONYM || c.kb.state(next.get().actor().id()).isEmpty()) {
            return Optional.empty();
        }
        int j = next.get().end();
        while (c.vocab.qualifiers.containsKey(words.loose(j))) j++;
        return c.vocab.organs.longestAt(words.loose, j);
    }

    /** Words that give a body's name after its description: "a group calling itself the X", "a faction known as X". */
    private static final List<List<String>> NAMING = List.of(List.of("calling", "itself"), List.of("calls", "itself"),
            List.of("which", "calls", "itself"), List.of("known", "as"), List.of("called"), List.of("named"));

    /**
     * Where the name a description ends in starts: right after it ("Sudanese RSF"), after a body's noun
     * ("rebel group M23"), or after words that give its name ("an armed Lebanese group, calling itself the
     * Revolutionary Justice Organisation"); -1 when no name follows.
     */
    static int nameAfter(Words words, int k) {
        int direct = properName(words, k);
        if (direct >= 0) return direct;
        int j = GenericOrganRule.bodyNounAfter(words, k);
        if (j > k && properName(words, j) >= 0) return j;
        if (words.loose(j).equals(",")) j++;
        for (List<String> naming : NAMING) {
            if (j + naming.size() <= words.size() && words.loose.subList(j, j + naming.size()).equals(naming)) {
                int n = j + naming.size();
                if (words.loose(n).equals("the")) n++;
                return properName(words, n) >= 0 ? n : -1;
            }
        }
        return -1;
    }

    /** The word at {@code k} if a name starts there (a capitalised proper noun that is no weekday or month), else -1. */
    private static int properName(Words words, int k) {
        if (k >= words.size() || !words.tokenOf(k).pos().startsWith("NNP") || Grammar.WHEN.contains(words.loose(k))
                || Grammar.NEVER_ACTORS.contains(words.loose(k))) return -1;
        String exact = words.exact(k);
        return !exact.isEmpty() && Character.isUpperCase(exact.charAt(0)) ? k : -1;
    }
}
