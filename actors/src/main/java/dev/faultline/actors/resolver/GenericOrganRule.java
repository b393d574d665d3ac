package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.GenericOrgan;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.StateProfile;

import java.util.Optional;

/**
 * People named by what they are ("civilians", "the rebels", "police"). A state organ named with no
 * state ("police arrested", "troops fired") is an actor of unknown country rather than no actor: the
 * event is real even when the report leaves the state implicit. After "its" it is the organ of the
 * state just named ("the Israeli military said its air force struck"); after qualifiers a described
 * group ("Kurdish fighters").
 */
final class GenericOrganRule implements Rule {
    private final ResolutionContext c;

    GenericOrganRule(ResolutionContext c) {
        this.c = c;
    }

    @Override
    public int at(int w) {
        Words words = c.words();
        // A capital says a name ("Police" the band), except on a sentence's first word ("Protesters gathered").
        int from = words.token.get(w) == 0 && sentenceInitialOnly(w) ? w + 1 : w;
        if (words.anyCapital(from, w + 1)) return -1;
        Optional<PhraseTrie.Match<GenericOrgan>> organ = c.vocab.organs.longestAt(words.loose, w);
        if (organ.isEmpty()) return -1;
        if (organ.get().first().relation() == GenericOrgan.Relation.ASSET_OF) return -1;   // "targets" alone are no one
        if (words.anyCapital(from, organ.get().end())) return -1;
        if (officeOf(organ.get())) return organ.get().end();            // "commander of the Zintan Brigades": an office, not an actor
        int name = nameDescribed(organ.get());
        if (name >= 0) {                                                  // "the separatist STC", "rebel group M23": says what the name is
            c.describeNext(new ResolutionContext.Description(organ.get().first(), null, w, name));
            return name;
        }
        Optional<ActorMention> head = ResolutionContext.faction(organ.get().first()) ? c.appositionHead(w) : Optional.empty();
        if (head.isPresent()) {                                           // "the RSF, a paramilitary group,": what the RSF is
            int end = bodyNounAfter(words, organ.get().end());
            c.describe(head.get(), organ.get().first(), null, w, end);
            return end;
        }
        boolean ofState = organ.get().first().relation() == GenericOrgan.Relation.PART_OF;
        if (ofState) {
            int end = ofNamedState(w, organ.get());
            if (end >= 0) return end;
        }
        int loyal = loyalTo(w, organ.get());
        if (loyal >= 0) return loyal;
        if (ofState && words.loose(w - 1).equals("s") && words.loose(w - 3).equals("the")) {   // "the country's military"
            Optional<StateProfile> named = countryNamed(words.loose(w - 2));
            if (named.isPresent()) {
                c.emit(w - 3, organ.get().end(), c.organRef(named.get(), organ.get()), MentionBasis.COREFERENCE, 0.6);
                return organ.get().end();
            }
        }
        if (ofState && !kindWord(words, w, organ.get().end()) && words.loose(w - 1).equals("its")) {   // "the Israeli military said its air force struck"
            Optional<StateProfile> owner = possessingState();
            if (owner.isPresent()) {
                c.emit(w, organ.get().end(), c.organRef(owner.get(), organ.get()), MentionBasis.COREFERENCE, 0.6);
                return organ.get().end();
            }
        }
        int described = w;                                              // "Kurdish fighters", "Shiite militias": a described group
        while (described > 0 && c.vocab.qualifiers.containsKey(words.loose(described - 1))) described--;
        if (described < w) {
            c.emit(described, organ.get().end(), c.refs.described(organ.get().first(), c.vocab.qualifiers.get(words.loose(described))),
                    MentionBasis.ORGAN, 0.6);
            return organ.get().end();
        }
        Optional<ActorRef> whose = organOf(organ.get());
        if (whose.isPresent()) {                                          // "separatists of the Y Council": the council's
            c.emit(w, organ.get().end(), whose.get(), MentionBasis.ORGAN, 0.6);
            return organ.get().end();
        }
        if (DEFINITE.contains(words.loose(w - 1))) {                      // "the separatists": the group the report called so
            Optional<ActorMention> earlier = c.describedAntecedent(organ.get().first());
            if (earlier.isPresent()) {                                     // the nominal's words, its determiner with them
                c.emit(w - 1, organ.get().end(), earlier.get().actor(), MentionBasis.COREFERENCE, 0.55);
                return organ.get().end();
            }
        }
        c.emit(w, organ.get().end(), c.refs.generic(organ.get().first()), MentionBasis.ORGAN, ofState ? 0.5 : 0.6);
        return organ.get().end();
    }

    /**
     * A state's organ named by the state after it: "the government of Iraq", "the army of Sudan", and for
     * a government "the junta in Bamako", "the government in Sanaa" — the government of whoever holds
     * that capital then. Other organs "in" a place are only there ("troops in Damascus"). The organ's words
     * are the mention, the state's name after them stays a place; the word after the organ, or -1.
     */
    private int ofNamedState(int w, PhraseTrie.Match<GenericOrgan> organ) {
        Words words = c.words();
        int k = organ.end();
        String preposition = words.loose(k);
        boolean in = preposition.equals("in") && organ.first().sector() == dev.faultline.domain.actor.Sector.GOV;
        if (!preposition.equals("of") && !in) return -1;
        k++;
        if (words.loose(k).equals("the")) k++;
        Optional<DocumentAliases.Match> named = c.bestAlias(k);
        if (named.isEmpty()) return -1;
        Optional<StateProfile> state = c.kb.state(named.get().actor().id());
        var kind = named.get().claim().alias().kind();
        if (state.isEmpty() || kind == dev.faultline.domain.actor.AliasKind.DEMONYM || kind == dev.faultline.domain.actor.AliasKind.EPITHET) return -1;
        if (kind == dev.faultline.domain.actor.AliasKind.CAPITAL || kind == dev.faultline.domain.actor.AliasKind.METONYM) {
            Optional<Optional<ActorRef>> holder = c.capitalHolder(state.get());
            if (holder.isPresent()) {
                if (holder.get().isEmpty()) return -1;                   // fought over: whose government is not said
                c.emit(w, organ.end(), holder.get().get(), MentionBasis.ORGAN, 0.7);
                return organ.end();
            }
        }
        c.emit(w, organ.end(), c.organRef(state.get(), organ), MentionBasis.ORGAN, 0.85);   // the place after it stays a place
        return organ.end();
    }

    /**
     * An armed organ defined by whom it stands with, the cue after it: "forces loyal to Haftar", "fighters
     * backed by Iran" (as "Iranian-backed fighters"), "militias led by X". It takes the country of one it
     * is loyal to, led by or part of, never of one that only backs it. The word after what it read, or -1.
     */
    private int loyalTo(int w, PhraseTrie.Match<GenericOrgan> organ) {
        boolean armed = ResolutionContext.faction(organ.first()) || organ.first().relation() == GenericOrgan.Relation.PART_OF
                && organ.first().sector() == dev.faultline.domain.actor.Sector.MIL;
        if (!armed) return -1;
        Words words = c.words();
        Optional<PhraseTrie.Match<dev.faultline.domain.actor.RelationCue>> cue = c.vocab.relationsBetween.longestAt(words.loose, organ.end());
        if (cue.isEmpty() || cue.get().first().link() == dev.faultline.domain.actor.LinkType.HOSTILE) return -1;
        int k = cue.get().end();
        if (words.loose(k).equals("the")) k++;
        Optional<DocumentAliases.Match> who = c.bestAlias(k);
        if (who.isEmpty() || c.kb.state(who.get().actor().id()).isPresent() && who.get().claim().alias().kind() != dev.faultline.domain.actor.AliasKind.NAME) {
            return -1;
        }
        var link = cue.get().first().link();
        if (link == dev.faultline.domain.actor.LinkType.PART_OF) link = dev.faultline.domain.actor.LinkType.MEMBER_OF;
        var backer = who.get().actor();
        boolean ofTheirs = link != dev.faultline.domain.actor.LinkType.BACKED_BY && link != dev.faultline.domain.actor.LinkType.PROXY_OF;
        c.emit(w, who.get().end(), c.refs.affiliated(organ.first(), null, link, backer, ofTheirs ? backer.country() : null),
                MentionBasis.AFFILIATION, 0.75);
        return who.get().end();
    }

    /** Determiners that make an organ noun refer back ("the rebels", "these fighters"). */
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "these", "those");

    /** Nouns for a kind of body between a description and its name: "rebel group M23", "the militant movement Y". */
    private static final java.util.Set<String> BODY_NOUNS = java.util.Set.of("group", "groups", "movement", "organization",
            "organisation", "faction", "force", "forces", "alliance", "coalition", "outfit", "militia", "network", "umbrella");

    /**
     * Where the name an armed faction's noun describes starts ("the separatist STC", "rebel group M23",
     * "the paramilitary Rapid Support Forces"), or -1 when no name follows.
     */
    private int nameDescribed(PhraseTrie.Match<GenericOrgan> organ) {
        if (!ResolutionContext.faction(organ.first())) return -1;
        return StateNameRule.nameAfter(c.words(), organ.end());
    }

    /** Past a body's noun at {@code k}, if there is one ("group", "movement"). */
    static int bodyNounAfter(Words words, int k) {
        return BODY_NOUNS.contains(words.loose(k)) ? k + 1 : k;
    }

    /**
     * The organisation an armed faction's or members' noun belongs to when "of" or "from" and its name
     * follow: "separatists of the Y Council", "fighters from Hezbollah", "members of the Coalition".
     */
    private Optional<ActorRef> organOf(PhraseTrie.Match<GenericOrgan> organ) {
        if (!ResolutionContext.faction(organ.first()) && !organ.first().id().equals("members")) return Optional.empty();
        Words words = c.words();
        int k = organ.end();
        if (!words.loose(k).equals("of") && !words.loose(k).equals("from")) return Optional.empty();
        k++;
        if (Grammar.DETERMINERS.contains(words.loose(k))) k++;
        Optional<DocumentAliases.Match> alias = c.bestAlias(k);
        if (alias.isPresent()) {
            var a = alias.get().actor();
            boolean body = a.kind() == ActorKind.ORGANIZATION && c.kb.state(a.id()).isEmpty();
            return body ? Optional.of(c.knownRef(a.id())) : Optional.empty();
        }
        if (k >= words.size()) return Optional.empty();
        dev.faultline.domain.text.Mention name = c.nameAt(k);
        if (name == null || name.type() != dev.faultline.domain.text.EntityType.ORGANIZATION) return Optional.empty();
        int end = k;
        while (end < words.size() && words.token.get(end) < name.tokenEnd()) end++;
        if (!Candidates.acceptable(words, k, end, c.kb, c.lowercaseWords)) return Optional.empty();
        return Optional.of(c.refs.candidate(c.doc.text(words.tokenOf(k).begin(), words.tokenOf(end - 1).end()), ActorKind.ORGANIZATION));
    }

    /** An organ noun that is also an office's title, followed by whose office it is ("commander of", "officer for"). */
    private boolean officeOf(PhraseTrie.Match<GenericOrgan> organ) {
        Words words = c.words();
        String next = words.loose(organ.end());
        return (next.equals("of") || next.equals("for")) && c.vocab.titles.longestAt(words.loose, organ.start())
                .filter(t -> t.end() == organ.end()).isPresent();
    }

    /** An organ's one word [w, end) tagged as an adjective before a noun says a kind of thing: "its military aid". */
    static boolean kindWord(Words words, int w, int end) {
        return end == w + 1 && words.tokenOf(w).pos().startsWith("JJ") && w + 1 < words.size() && words.tokenOf(w + 1).pos().startsWith("NN");
    }

    /**
     * The state an "its" refers to: the newest actor within reach that is not a person, when it is a
     * state or one of a state's organs ("The IDF said its jets"). A group ("Hamas said its
     * fighters") owns no state's organs, so it gives none.
     */
    private Optional<StateProfile> possessingState() {
        Optional<ActorMention> newest = c.antecedent(m -> m.actor().kind() != ActorKind.PERSON);
        if (newest.isEmpty()) return Optional.empty();
        ActorRef a = newest.get().actor();
        if (a.kind() == ActorKind.STATE) return c.kb.state(a.id());
        if (a.country() == null || a.sector() == null || !a.sector().isStateOrgan()) return Optional.empty();
        return c.kb.stateByIso3(a.country());
    }

    /**
     * The state "the country", "the nation" or "the kingdom" stands for: the newest state the report
     * named (or whose organ it named), a monarchy for "the kingdom"; none when it named none.
     */
    private Optional<StateProfile> countryNamed(String noun) {
        java.util.Set<String> only = c.vocab.statesByNominal.get(noun);
        if (only == null && !noun.equals("country") && !noun.equals("nation")) return Optional.empty();
        return c.found.newestAnywhere(m -> stateOf(m.actor()).filter(st -> only == null || only.contains(st.actor())).isPresent())
                .flatMap(m -> stateOf(m.actor()));
    }

    private Optional<StateProfile> stateOf(ActorRef a) {
        if (a.kind() == ActorKind.STATE) return c.kb.state(a.id());
        if (a.country() != null && a.sector() != null && a.sector().isStateOrgan() && a.lineage().size() > 1) return c.kb.stateByIso3(a.country());
        return Optional.empty();
    }

    /** True when the word's only capital is its first letter ("Protesters", not "NATO" or "McCain"). */
    private boolean sentenceInitialOnly(int w) {
        String s = c.words().exact.get(w);
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return false;
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }
}
