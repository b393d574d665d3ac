package dev.faultline.events.coder;

import dev.faultline.domain.Article;
import dev.faultline.domain.Ids;
import dev.faultline.domain.actor.ActorKind;
import dev.faultline.domain.actor.AffiliationCue;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.Sector;
import dev.faultline.domain.actor.ResolvedDocument;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.domain.event.EventPlace;
import dev.faultline.domain.event.ForceSize;
import dev.faultline.domain.event.PloverType;
import dev.faultline.domain.event.Modality;
import dev.faultline.domain.text.Dependency;
import dev.faultline.domain.text.DependencyGraph;
import dev.faultline.domain.text.Mention;
import dev.faultline.domain.text.Sentence;
import dev.faultline.domain.text.Token;
import dev.faultline.events.cameo.CameoEntry;
import dev.faultline.events.patterns.EventPattern;
import dev.faultline.events.patterns.PatternBook;
import dev.faultline.events.patterns.Trigger;
import dev.faultline.lexicon.CommonWords;
import dev.faultline.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Codes events from a resolved document whose chosen sentences are parsed ({@link
 * #sentencesToParse}); unparsed sentences yield none. Immutable; one instance serves every thread.
 */
public final class EventCoder implements Stage<ResolvedDocument, CodedDocument> {
    /** Bumped when a coding rule changes what the coder produces. */
    private static final int RULES = 15;
    /** Event types whose sentence's counts of forces and casualties are the event's size. */
    private static final Set<PloverType> SIZED = Set.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.MOBILIZE,
            PloverType.RETREAT, PloverType.PROTEST, PloverType.AID);
    /** Heads that stand for the people of their "of" phrase: "a group of citizens", "dozens of protesters". */
    private static final Set<String> COLLECTIVE = CoderWords.of("collective-heads");
    /** Titles a person is named by in apposition: "X, the commander of Y". */
    private static final Set<String> TITLES = CoderWords.of("person-titles");
    /** Verbs whose subject performs the event their object names: "launched raids", "held a protest", not "highlighted clashes". */
    private static final Set<String> LIGHT_VERBS = CoderWords.of("light-verbs");
    /**
     * Whether this trigger may be coded with no actor (the pattern's {@code without_actors}): violence reported without
     * who did it or to whom ("an explosion occurred near the station"), coded with no actors rather than lost, as ACLED
     * codes an unidentified armed group; protest named by a common word, coded with the people the sentence names
     * before it or with no one, as ACLED codes protesters of the country ("March" is a month, not a protest).
     */
    static boolean codableWithoutActors(EventPattern p, Token t) {
        return p.withoutActors() && (p.type() != PloverType.PROTEST || !t.pos().startsWith("NNP"));
    }

    /** Speech acts: a news outlet that "warns" or "accuses" reports; it does not act in the conflict. */
    private static final Set<PloverType> SPEECH = Set.of(PloverType.THREATEN, PloverType.ACCUSE, PloverType.REQUEST,
            PloverType.REJECT, PloverType.SUPPORT, PloverType.AGREE);
    /** "Libya must hand over", "Iraq should cooperate": what a clause says must happen is demanded, not done. */
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    /**
     * Prepositions that put a named place as where the act is or comes from ("in Idlib", "into Lebanon", "from
     * Gaza"); not where it goes ("sent an envoy to Moscow" is sent from elsewhere).
     */
    private static final Set<String> LOCATIVE = CommonWords.LOCATIVES.taggedAny("where", "whence");

    /** The actors' generic organ of people in a demonstration (organs.yaml's "protesters"), of no country yet. */
    private static final ActorRef PROTESTERS = new ActorRef("protesters", "protesters", ActorKind.GROUP, null, Sector.OPP, null,
            List.of("protesters"), ActorRef.Origin.DERIVED, null);

    private final PatternBook book;
    /** The participles that tie a group to a named actor when hyphened to its name ("backed", "allied"): no acts. */
    private final Set<String> affiliationParticiples;

    private EventCoder(PatternBook book, Set<String> affiliationParticiples) {
        this.book = book;
        this.affiliationParticiples = affiliationParticiples;
    }

    /** A coder that knows no affiliation cues beyond the actors the resolver found. */
    public static EventCoder create(PatternBook book) {
        return create(book, List.of());
    }

    /** A coder that reads the actors' affiliation cues after a name ("Iranian-backed") as descriptions, not acts. */
    public static EventCoder create(PatternBook book, Collection<AffiliationCue> cues) {
        Set<String> participles = new java.util.HashSet<>();
        for (AffiliationCue c : cues) {
            if (c.position() == AffiliationCue.Position.AFTER && !c.text().contains(" ")) participles.add(c.text().toLowerCase(Locale.ROOT));
        }
        return new EventCoder(Objects.requireNonNull(book, "book"), Set.copyOf(participles));
    }

    /** The sentences worth a parse: they name an actor and hold a trigger word. */
    public Set<Integer> sentencesToParse(ResolvedDocument rd) {
        Set<Integer> out = new TreeSet<>();
        for (Sentence s : rd.document().sentences()) {
            boolean actors = !rd.actorsIn(s.index()).isEmpty();
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                List<EventPattern> ps = t.isVerb() ? book.verbs(lemma) : t.isNoun() ? book.nouns(lemma) : List.of();
                if (!ps.isEmpty() && (actors || ps.stream().anyMatch(p -> codableWithoutActors(p, t)))) {
                    out.add(s.index());
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public CodedDocument apply(ResolvedDocument rd) {
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence s : rd.document().sentences()) {
            Optional<ForceSize> size = ForceSizes.of(rd.document(), s);
            int before = events.size();
            if (s.parse().isPresent()) {                            // parsed: it names actors, or unattributed violence
                new SentenceCoding(rd, s, s.parse().get(), rd.actorsIn(s.index())).code(events);
            }
            if (size.isEmpty()) continue;
            if (events.size() > before) {
                for (int i = before; i < events.size(); i++) {
                    if (SIZED.contains(events.get(i).type())) events.set(i, events.get(i).withSize(size.get()));
                }
            } else if (size.get().killed() != null || size.get().injured() != null) {
                // "Three civilians died." after the attack: the casualties of the last violent event, when it has none yet
                for (int i = events.size() - 1; i >= 0 && i >= events.size() - 3; i--) {
                    CodedEvent e = events.get(i);
                    if (e.type() == PloverType.ASSAULT && (e.size() == null || e.size().killed() == null && e.size().injured() == null)) {
                        events.set(i, e.withSize(merge(e.size(), size.get())));
                        break;
                    }
                }
            }
        }
        return new CodedDocument(rd, events, ForceClaims.in(rd));
    }

    private static ForceSize merge(ForceSize had, ForceSize more) {
        if (had == null) return more;
        return new ForceSize(had.personnel() != null ? had.personnel() : more.personnel(), more.killed(), more.injured(),
                had.text() + " … " + more.text());
    }

    @Override
    public String name() {
        return "events";
    }

    /** The rules' and the pattern book's version, stored with each analysis. */
    public String version() {
        return "rules " + RULES + ", patterns " + book.fingerprint();
    }

    private final class SentenceCoding {
        final ResolvedDocument rd;
        final Sentence s;
        final DependencyGraph g;
        final ActorMention[] actorAt;
        final Parties parties;

        SentenceCoding(ResolvedDocument rd, Sentence s, DependencyGraph g, List<ActorMention> actors) {
            this.rd = rd;
            this.s = s;
            this.g = g;
            this.actorAt = new ActorMention[s.tokens().size()];
            for (ActorMention m : actors) for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) actorAt[t] = m;
            this.parties = new Parties(rd.document(), s, g, actorAt);
        }

        /** One event per clause, type and dyad: "air and missile strikes" is one attack, not three. */
        void code(List<CodedEvent> out) {
            List<CodedEvent> mine = new ArrayList<>();
            codeAll(mine);
            impliedProtest(mine).ifPresent(mine::add);
            statedObligation(mine).ifPresent(mine::add);
            // "engaged in battles with X" read from the verb and from the noun: the act with its other side, once
            mine.removeIf(e -> e.target().isEmpty() && !e.source().isEmpty() && mine.stream().anyMatch(o -> o != e
                    && o.type() == e.type() && o.cameo().equals(e.cameo()) && !o.target().isEmpty() && ids(o.source()).equals(ids(e.source()))));
            // "a statement demanding that X provide": the demand read from its verb (100) and, with its doer, from what it
            // demands (103): the act with its doer, once (the same act and other side, in the same CAMEO family)
            mine.removeIf(e -> e.source().isEmpty() && !e.target().isEmpty() && mine.stream().anyMatch(o -> o != e
                    && o.type() == e.type() && o.cameo().startsWith(e.cameo().substring(0, 2)) && !o.source().isEmpty()
                    && ids(o.target()).equals(ids(e.target()))));
            for (CodedEvent e : mine) {
                boolean seen = out.stream().anyMatch(o -> o.sentence() == e.sentence() && o.type() == e.type()
                        && ids(o.source()).equals(ids(e.source())) && ids(o.target()).equals(ids(e.target())));
                if (!seen) out.add(e);
            }
        }

        /**
         * A pronoun or nominal whose actor the sentence also names ("Netanyahu says he will seek") stands
         * for that name: the event cites the words that name its actor.
         */
        private void named(List<ActorMention> side) {
            for (int i = 0; i < side.size(); i++) {
                ActorMention m = side.get(i);
                if (m.basis() != MentionBasis.COREFERENCE) continue;
                for (ActorMention n : rd.actorsIn(s.index())) {
                    if (n.basis() != MentionBasis.COREFERENCE && n.actor().id().equals(m.actor().id())) {
                        side.set(i, n);
                        break;
                    }
                }
            }
        }

        /** One mention per actor on a side: "Qatirji and his company" named twice is one doer. */
        private void distinctActors(List<ActorMention> side) {
            Set<String> seen = new java.util.HashSet<>();
            side.removeIf(m -> !seen.add(m.actor().id()));
        }

        private Set<String> ids(List<ActorMention> ms) {
            Set<String> ids = new TreeSet<>();
            for (ActorMention m : ms) ids.add(m.actor().id());
            return ids;
        }

        private void codeAll(List<CodedEvent> out) {
            for (Token t : s.tokens()) {
                if (affiliationCue(t)) continue;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                List<EventPattern> candidates = t.isVerb() ? book.verbs(lemma) : t.isNoun() ? book.nouns(lemma) : List.of();
                for (EventPattern p : candidates) {
                    int[] words = words(p, t.index());
                    if (words.length == 0) continue;
                    event(p, words).ifPresent(out::add);
                    break;
                }
            }
        }

        /**
         * People in a demonstration who act ("protesters demanded basic services", "demonstrators denounced
         * the prices") are demonstrating: a protest, when the sentence codes none, by the protesters of the
         * first such act, with its modality.
         */
        private Optional<CodedEvent> impliedProtest(List<CodedEvent> coded) {
            if (coded.stream().anyMatch(e -> e.type() == PloverType.PROTEST)) return Optional.empty();
            for (CodedEvent e : coded) {
                for (ActorMention m : e.source()) {
                    // not the protesters a protest word implied ("refused to protest"): that act was coded as what it is
                    if (!m.actor().lineage().contains(PROTESTERS.id()) || m.basis() == MentionBasis.IMPLIED) continue;
                    Optional<CameoEntry> demo = book.catalog().entry("141");
                    if (demo.isEmpty()) return Optional.empty();
                    Article a = rd.document().article();
                    List<ActorMention> who = List.of(m);
                    // its own id space: a coded act at the same word may carry 141 too (a protest coded as the demand it makes)
                    return Optional.of(new CodedEvent(Ids.of(a.id().value() + "/" + s.index() + "/" + m.tokenBegin() + "/implied-protest"), a.id(),
                            s.index(), s.begin(), s.end(), rd.document().text(s.begin(), s.end()), NarrativeDates.of(rd, s.index()), who,
                            List.of(), PloverType.PROTEST, "demo", List.of(), demo.get().code(), demo.get().goldstein(), e.modality(), place(),
                            null, confidence(who, List.of())));
                }
            }
            return Optional.empty();
        }

        /**
         * A speaker who says another actor must act ("Russia says Israel must end attacks", "the Red
         * Cross said US forces must ensure security") demands it of that actor: a demand (CAMEO 100) by
         * the speaker of the clause's subject, when the sentence codes no request of its own.
         */
        private Optional<CodedEvent> statedObligation(List<CodedEvent> coded) {
            if (coded.stream().anyMatch(e -> e.type() == PloverType.REQUEST)) return Optional.empty();
            for (Token t : s.tokens()) {
                int v = t.index();
                if (!obliged(v)) continue;
                Optional<Integer> saying = OtherSide.saying(s, g, v);
                Optional<Integer> speaker = OtherSide.speaker(s, g, v);
                if (saying.isEmpty() || speaker.isEmpty()) continue;
                List<ActorMention> by = new ArrayList<>(), of = new ArrayList<>();
                add(by, speaker.get());
                for (int subject : g.dependentsOf(v, "nsubj")) add(of, subject);
                named(by);
                named(of);
                of.removeIf(m -> ids(by).contains(m.actor().id()));
                if (by.isEmpty() || of.isEmpty()) continue;
                Optional<CameoEntry> demand = book.catalog().entry("100");
                if (demand.isEmpty() || demand.get().type().isEmpty()) return Optional.empty();
                Article a = rd.document().article();
                return Optional.of(new CodedEvent(Ids.of(a.id().value() + "/" + s.index() + "/" + v + "/obligation"), a.id(), s.index(),
                        s.begin(), s.end(), rd.document().text(s.begin(), s.end()), NarrativeDates.of(rd, s.index()), by, of,
                        demand.get().type().get(), "", List.of(), demand.get().code(), demand.get().goldstein(),
                        Modalities.of(s, g, saying.get()),
                        place(), null, confidence(by, of)));
            }
            return Optional.empty();
        }

        /**
         * A participle inside the words that name a group ("Saudi-backed militias", "Iran-allied
         * units"), or an affiliation cue hyphened to a name ("Iranian-backed groups"), describes who
         * the group is, not an act: the actors stage keeps it as the group's affiliation. Another
         * participle outside any actor's name ("a Houthi-planted mine") still acts.
         */
        private boolean affiliationCue(Token t) {
            if (!t.pos().equals("VBN")) return false;
            int i = t.index();
            ActorMention m = actorAt[i];
            if (m != null && m.tokenBegin() < i) return true;
            return i >= 2 && s.tokens().get(i - 1).word().equals("-") && Character.isUpperCase(s.tokens().get(i - 2).word().charAt(0))
                    && affiliationParticiples.contains(t.word().toLowerCase(Locale.ROOT));
        }

        /**
         * The tokens of the trigger's words when its further words follow the head closely ("pull
         * back", "take control", "air strike"), else none.
         */
        private int[] words(EventPattern p, int head) {
            List<String> lemmas = p.trigger().lemmas();
            int[] at = new int[lemmas.size()];
            at[0] = head;
            for (int i = 1; i < lemmas.size(); i++) {
                String w = lemmas.get(i);
                int found = -1;
                for (int k = at[i - 1] + 1; k < Math.min(s.tokens().size(), at[i - 1] + 4); k++) {
                    if (s.tokens().get(k).lemma().equalsIgnoreCase(w) || s.tokens().get(k).word().equalsIgnoreCase(w)) {
                        found = k;
                        break;
                    }
                }
                if (found < 0) return new int[0];
                at[i] = found;
            }
            return at;
        }

        /** A noun trigger's head: its last noun ("air strike": strike; "sit-in": sit, as "in" is tagged a preposition). */
        private int nounHead(int trigger, int last) {
            for (int k = last; k > trigger; k--) if (s.tokens().get(k).isNoun()) return k;
            return trigger;
        }

        private Optional<CodedEvent> event(EventPattern p, int[] words) {
            int trigger = words[0], last = words[words.length - 1];
            int head = p.trigger().kind() == Trigger.Kind.NOUN ? nounHead(trigger, last) : trigger;
            if (p.trigger().kind() == Trigger.Kind.NOUN) {              // "a mediation mission between A and B": the mission's roles
                for (Dependency up : g.governorsOf(head)) {
                    if (up.relation().equals("compound") && !up.isRoot() && s.tokens().get(up.governor()).isNoun()) head = up.governor();
                }
            }
            List<ActorMention> source = new ArrayList<>();
            List<ActorMention> target = new ArrayList<>();
            // a recipient ("gave Tanzania a grant", "offered troops to Lebanon") is the target; the object is then the thing given
            boolean recipient = p.trigger().kind() == Trigger.Kind.VERB && g.dependentsOf(head).stream()
                    .anyMatch(d -> d.relation().equals("iobj") || d.relation().equals("obl:to") && p.target().contains("to"));
            for (Dependency d : g.dependentsOf(head)) {
                String r = d.relation();
                if (p.trigger().kind() == Trigger.Kind.VERB) {
                    // "nsubj:xsubj": the controller of an infinitive ("Pakistan refused to deploy", "urged Israel to withdraw")
                    if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("obl:agent") || r.equals("obl:by")) add(source, d.dependent());
                    else if (r.equals("nsubj:pass")) add(target, d.dependent());
                    else if (r.equals("iobj")) add(target, d.dependent());
                    else if (r.equals("obj") && p.targetIsObject() && !recipient && !parties.hearer(head, d.dependent())) add(target, d.dependent());
                    else if (OtherSide.targetRelation(p, r)) add(target, d.dependent());
                } else {
                    if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod") && !parties.kindOfAct(d.dependent(), head)) add(source, d.dependent());
                    else if (r.equals("nmod:of") && !p.target().contains("of")) add(source, d.dependent());   // "the withdrawal of Hizballah troops"
                    else if (r.equals("nmod:by") || r.equals("nmod:agent")) add(source, d.dependent());       // "a car bombing by the Islamic State"
                    else if (OtherSide.targetRelation(p, r)) add(target, d.dependent());
                }
            }
            for (int carrier : OtherSide.carriers(s, g, p, head, words, LIGHT_VERBS)) {   // "carried out an attack on X", "launched strikes on X"
                for (Dependency d : g.dependentsOf(carrier)) {
                    if (d.dependent() != head && OtherSide.targetRelation(p, d.relation())) add(target, d.dependent());
                }
            }
            if (p.trigger().kind() == Trigger.Kind.VERB && target.isEmpty()) {   // "shared evidence with X", "provided $2 million in aid to X"
                for (int object : g.dependentsOf(head, "obj")) {
                    for (int w : OtherSide.inObject(g, object, p)) add(target, w);
                    if (!target.isEmpty()) break;
                }
            }
            if (target.isEmpty() && p.type() == PloverType.REQUEST) {       // "called on X to end", "demanded that X send": X is asked
                OtherSide.addressee(g, head).ifPresent(w -> add(target, w));
            }
            if (p.trigger().kind() == Trigger.Kind.NOUN && source.isEmpty()) {
                for (Dependency up : g.governorsOf(head)) {              // "Israel carried out raids", "they took part in a march"
                    if (up.isRoot() || !(up.relation().equals("obj") || up.relation().startsWith("obl:in"))) continue;
                    if (!LIGHT_VERBS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) continue;
                    for (Dependency d : g.dependentsOf(up.governor())) if (d.relation().equals("nsubj")) add(source, d.dependent());
                }
                if (source.isEmpty()) parties.claimant(head).ifPresent(c -> add(source, c));
            }
            if (p.trigger().kind() == Trigger.Kind.VERB && source.isEmpty() && s.tokens().get(head).pos().equals("VBN")) {
                parties.agentAfter(last, target).ifPresent(a -> add(source, a));                   // "weapons supplied to the Houthis by Iran"
            }
            if (p.trigger().kind() == Trigger.Kind.VERB && source.isEmpty() && !hasSubject(head) && !infinitive(head)) {
                subjectBefore(trigger, target, source);
            }
            if (source.isEmpty() && target.isEmpty() && p.target().contains("between")) parties.between(last).ifPresent(b -> {
                source.add(b[0]);
                target.add(b[1]);
            });
            named(source);
            named(target);
            distinctActors(source);
            distinctActors(target);
            Set<String> doers = ids(source);
            target.removeIf(m -> doers.contains(m.actor().id()));   // "he met his wife" of the wife's own words: no one meets himself
            if (source.isEmpty() && !target.isEmpty() && p.target().contains("between")) source.add(target.remove(0));   // "clashes between A and B"
            Optional<EmbeddedClauses.Embedding> embedding = EmbeddedClauses.of(s, g, trigger);
            if (embedding.isPresent() && embedding.get().kind() == EmbeddedClauses.Kind.DEMANDED) {
                demand(embedding.get().head(), source, target);
            }
            if (source.isEmpty() && p.type() == PloverType.PROTEST) {
                protestersBefore(trigger, target, source);
                if (source.isEmpty() && codableWithoutActors(p, s.tokens().get(trigger))) source.add(protesters(trigger));
            }
            if (source.isEmpty() && target.isEmpty() && !codableWithoutActors(p, s.tokens().get(trigger))) return Optional.empty();
            if (SPEECH.contains(p.type()) && !source.isEmpty() && source.stream().allMatch(m -> m.actor().sector() == dev.faultline.domain.actor.Sector.MED)) {
                return Optional.empty();
            }
            Modality modality = Modalities.of(s, g, trigger);
            Article a = rd.document().article();
            String id = id(a, trigger, p);
            int clause = obliged(trigger) ? trigger : g.governorsOf(trigger).stream()       // "the US must be ready to mediate"
                    .filter(d -> !d.isRoot() && d.relation().startsWith("xcomp") && obliged(d.governor())).map(Dependency::governor).findFirst().orElse(-1);
            boolean obliged = clause >= 0;
            if (obliged && embedding.isEmpty()) {                          // "Assad said Turkey must mediate": Assad demands it of Turkey
                OtherSide.speaker(s, g, clause).ifPresent(w -> {
                    List<ActorMention> by = new ArrayList<>();
                    add(by, w);
                    if (!by.isEmpty()) turnTo(by, source, target);
                });
            }
            Intents.Coding intended = Intents.of(p, modality, book.catalog(), obliged);
            if (embedding.isPresent()) {                                // "refused to deploy", "demanded that X provide"
                Modality embedded = Modalities.of(s, g, embedding.get().head());
                if (embedding.get().kind() == EmbeddedClauses.Kind.DEMANDED) {
                    intended = Intents.demanded(p, book.catalog());
                    modality = embedded;
                } else if (embedded != Modality.NEGATED) {
                    intended = Intents.refused(p, book.catalog());
                    modality = embedded;
                }
            } else if (modality == Modality.NEGATED && Intents.refusable(p.type())) {   // "will not accept", "did not agree"
                intended = Intents.refused(p, book.catalog());
                modality = Modality.ASSERTED;
            }
            boolean national = intended.cameo().equals("195") && parties.nationalFire(head);   // only an aerial strike may be a strike from work
            Intents.Coding coding = Roles.adjust(intended, source, book.catalog(), national);
            return Optional.of(new CodedEvent(id, a.id(), s.index(), s.begin(), s.end(), rd.document().text(s.begin(), s.end()),
                    NarrativeDates.of(rd, s.index()), source, target, coding.type(), coding.mode(), coding.context(), coding.cameo(), coding.goldstein(),
                    modality, place(), null, confidence(source, target)));
        }

        /** "Libya must hand over", "Iraq should cooperate": the clause says the act must happen. */
        private boolean obliged(int verb) {
            return g.dependentsOf(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && OBLIGATION.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
        }

        /**
         * A protest the parse left without a subject ("citizens called by a platform protested"): the
         * first people the sentence names before it. A capital's name stands for its government
         * elsewhere ("Dhaka said"), not for protesters in its streets.
         */
        private void protestersBefore(int trigger, List<ActorMention> target, List<ActorMention> source) {
            for (int k = 0; k < trigger; k++) {
                ActorMention m = actorAt[k];
                if (m != null && !target.contains(m) && m.basis() != MentionBasis.METONYM
                        && m.actor().kind() != dev.faultline.domain.actor.ActorKind.STATE) {
                    add(source, k);
                    return;
                }
            }
        }

        /** The protesters a protest implies when the report names none, at its trigger word; the places stage gives them a country. */
        private ActorMention protesters(int trigger) {
            Token t = s.tokens().get(trigger);
            return new ActorMention(t.begin(), t.end(), s.index(), trigger, trigger + 1, t.word(), PROTESTERS, MentionBasis.IMPLIED, 0.3);
        }

        /** An infinitive ("to demand an end") has no subject of its own to look back for. */
        private boolean infinitive(int head) {
            return g.dependentsOf(head).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("aux"))
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"));
        }

        /**
         * An act demanded of its doer: the demand's source is who demands (the first of {@link
         * EmbeddedClauses#demanders} that names an actor), its target the act's doer.
         */
        private void demand(int head, List<ActorMention> source, List<ActorMention> target) {
            List<ActorMention> by = new ArrayList<>();
            for (int w : EmbeddedClauses.demanders(s, g, head)) {
                add(by, w);
                if (!by.isEmpty()) break;
            }
            turnTo(by, source, target);
        }

        private boolean hasSubject(int head) {
            return g.dependentsOf(head).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obl:agent")
                    || d.relation().startsWith("csubj"));
        }

        /**
         * A verb the parse left without a subject ("up to 600 persons demonstrated" read as "up [to 600
         * persons]"): the actor right before it in the same stretch of words, if no other verb or
         * punctuation comes between.
         */
        private void subjectBefore(int trigger, List<ActorMention> target, List<ActorMention> source) {
            for (int k = trigger - 1; k >= 0; k--) {
                Token t = s.tokens().get(k);
                if (actorAt[k] != null) {
                    if (!target.contains(actorAt[k])) add(source, k);
                    return;
                }
                if (t.isVerb() || t.pos() != null && (t.pos().equals(",") || t.pos().equals(":") || t.pos().startsWith("-"))) return;
            }
        }

        /** The actor a dependent names, with any actors conjoined to it ("Russia and Iran"). */
        private void add(List<ActorMention> into, int token) {
            Set<ActorMention> found = new LinkedHashSet<>();
            collect(found, token, 0);
            for (Dependency d : g.dependentsOf(token)) if (d.relation().equals("conj") || d.relation().startsWith("conj:")) collect(found, d.dependent(), 0);
            for (ActorMention m : found) if (!into.contains(m)) into.add(m);
        }

        private void collect(Set<ActorMention> found, int token, int depth) {
            if (actorAt[token] != null && COLLECTIVE.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
                // "members of Hezbollah": Hezbollah, not members of no one in particular
                for (Dependency d : g.dependentsOf(token)) {
                    if (d.relation().equals("nmod:of") && actorAt[d.dependent()] != null && actorAt[d.dependent()] != actorAt[token]) {
                        found.add(actorAt[d.dependent()]);
                        return;
                    }
                }
            }
            if (actorAt[token] != null && ofNoOne(actorAt[token])) {
                // "Hezbollah's forces", "the rebels' fighters": the possessor's, not forces of no one in particular
                for (Dependency d : g.dependentsOf(token)) {
                    ActorMention owner = d.relation().equals("nmod:poss") ? actorAt[d.dependent()] : null;
                    if (owner != null && owner != actorAt[token]) {
                        found.add(owner);
                        return;
                    }
                }
            }
            ActorMention named = namedInApposition(token);
            if (actorAt[token] != null) {
                boolean generic = actorAt[token].actor().origin() != ActorRef.Origin.KNOWN;
                found.add(named != null && generic ? named : actorAt[token]);   // "the commander of the force, Qassem Soleimani"
                return;
            }
            if (named != null && TITLES.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
                found.add(named);                                           // "Qassem Soleimani, the Commander of the Quds Force"
                return;
            }
            if (depth >= 1) return;
            List<ActorMention> inApposition = new ArrayList<>();            // "Assad's allies Iran and Russia": the names, not the possessor
            for (Dependency d : g.dependentsOf(token)) {
                if ((d.relation().equals("appos") || d.relation().equals("dep")) && parties.apposed(token, d.dependent())) {
                    inApposition.add(actorAt[d.dependent()]);
                }
            }
            if (!inApposition.isEmpty()) {
                found.addAll(inApposition);
                return;
            }
            for (Dependency d : g.dependentsOf(token)) {                    // "its forces": the possessor; "Iranian troops": the modifier
                if (d.relation().equals("compound")) {
                    collect(found, d.dependent(), depth);                   // "the ISIS group bastion": one noun of nouns
                } else if (d.relation().equals("nmod:poss") || d.relation().equals("amod")) {
                    collect(found, d.dependent(), depth + 1);
                } else if (d.relation().equals("nmod:of") && COLLECTIVE.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) {
                    collect(found, d.dependent(), depth + 1);               // "a group of citizens", "members of Hezbollah"
                }
            }
        }

        /** A generic organ of no state and no name ("forces", "fighters"): whose it is, the words around it say. */
        private boolean ofNoOne(ActorMention m) {
            return m.actor().origin() == ActorRef.Origin.DERIVED && m.actor().country() == null && m.actor().kind() == ActorKind.GROUP;
        }

        /**
         * The person a phrase names in apposition, after it ("the commander, Qassem Soleimani") or
         * before it ("Qassem Soleimani, the commander of ..."), or null.
         */
        private ActorMention namedInApposition(int head) {
            for (Dependency d : g.dependentsOf(head)) {
                ActorMention m = actorAt[d.dependent()];
                if (d.relation().equals("appos") && m != null && m.actor().kind() == ActorKind.PERSON) return m;
            }
            int start = head;
            for (Dependency d : g.dependentsOf(head)) {
                String r = d.relation();
                if (r.equals("det") || r.equals("amod") || r.equals("compound")) start = Math.min(start, d.dependent());
            }
            if (start >= 2 && s.tokens().get(start - 1).word().equals(",")) {
                ActorMention m = actorAt[start - 2];
                if (m != null && m.actor().kind() == ActorKind.PERSON) return m;
            }
            return null;
        }

        private EventPlace place() {
            for (Mention m : rd.document().mentionsIn(s.index())) {
                if (!m.type().isLocation() || m.tokenBegin() == 0) continue;
                String before = s.tokens().get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT);
                if (LOCATIVE.contains(before) && actorAt[m.tokenBegin()] == null) return EventPlace.named(m.text());
            }
            return null;
        }

        private double confidence(List<ActorMention> source, List<ActorMention> target) {
            double c = 0.5;
            if (!source.isEmpty()) c += 0.2;
            if (!target.isEmpty()) c += 0.2;
            return c;
        }

        private String id(Article a, int trigger, EventPattern p) {
            return Ids.of(a.id().value() + "/" + s.index() + "/" + trigger + "/" + p.cameo().code());
        }
    }

    /** The act is {@code by}'s, done to those it named as doers before ("X said Y must act": X demands of Y). */
    private static void turnTo(List<ActorMention> by, List<ActorMention> source, List<ActorMention> target) {
        List<ActorMention> of = new ArrayList<>(source);
        of.removeAll(by);
        source.clear();
        source.addAll(by);
        target.clear();
        target.addAll(of);
    }
}
