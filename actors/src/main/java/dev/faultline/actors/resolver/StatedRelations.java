package dev.faultline.actors.resolver;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.actor.LinkType;
import dev.faultline.domain.actor.MentionBasis;
import dev.faultline.domain.actor.RelationCue;
import dev.faultline.domain.relation.RelationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the relations a sentence states between the actors found in it, from the knowledge base's
 * relation cues ({@code relation-cues.yaml}) and office titles:
 * <ul>
 * <li>words between A and B, after A's comma, relative pronoun or copula: "A, loyal to B", "A, which
 *     is backed by B", "A is allied with B", "A under the command of B";</li>
 * <li>a noun for what A is to B, in apposition or after a copula: "A, the armed wing of B", "A, a
 *     commander of B", "A, deputy head of the B", "A is B's proxy", "A, B's ally";</li>
 * <li>the same noun with its owner first: "B's armed wing, A", "B's ally A", "B leader A", "B
 *     commander A" (where the resolver read "B commander" as B), "A and its ally B", "A and their B
 *     allies" (the owner is the nearest actor before the pronoun in the sentence).</li>
 * </ul>
 * An indefinite office ("a commander of B", "a B commander") is membership, not command; a former
 * one ("B's former ally") states nothing about now and is left out.
 */
final class StatedRelations {
    /** What a sentence states: A's words, the relation, B's words, and the cue's words [cueFrom, cueTo). */
    record Stated(SentenceActors.Placed a, RelationType type, SentenceActors.Placed b, int cueFrom, int cueTo) {}

    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whose");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "remains", "remain", "remained", "also", "long", "widely", "reportedly", "now", "still", "seen", "considered");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one");
    private static final Set<String> PAST = Set.of("former", "ex", "onetime", "erstwhile", "late");
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "will", "would", "to", "continue", "continued",
            "continues", "also", "later", "then", "officially", "formally", "reportedly");
    private static final Set<String> NOUN_OBJECT = Set.of("of", "for", "to", "in", "at", "within");

    /** "A of B", "A from B" after a group named by what its people are: they are B's. */
    private static final RelationCue MEMBER = new RelationCue("of", RelationCue.Form.BETWEEN, LinkType.MEMBER_OF, false);

    private final Vocabulary vocab;

    StatedRelations(Vocabulary vocab) {
        this.vocab = vocab;
    }

    List<Stated> read(SentenceActors s) {
        Map<String, Stated> out = new LinkedHashMap<>();
        for (SentenceActors.Placed a : s.placed) {
            for (Stated x : after(s, a)) out.putIfAbsent(key(x), x);
        }
        for (int k = 0; k < s.words.size(); k++) {
            Optional<PhraseTrie.Match<RelationCue>> noun = vocab.relationNouns.longestAt(s.words.loose, k);
            if (noun.isPresent()) ownerFirst(s, noun.get()).ifPresent(x -> out.putIfAbsent(key(x), x));
            Optional<PhraseTrie.Match<RelationCue>> verb = vocab.relationVerbs.longestAt(s.words.loose, k);
            if (verb.isPresent()) verb(s, verb.get()).ifPresent(x -> out.putIfAbsent(key(x), x));
            Optional<PhraseTrie.Match<RelationCue>> list = vocab.memberLists.longestAt(s.words.loose, k);
            if (list.isPresent()) for (Stated x : members(s, list.get())) out.putIfAbsent(key(x), x);
        }
        return new ArrayList<>(out.values());
    }

    /** "A joined B", "A continue to join B", "A has defected to B": the verb's subject and its object. */
    private Optional<Stated> verb(SentenceActors s, PhraseTrie.Match<RelationCue> verb) {
        Words ws = s.words;
        int k = verb.start();
        while (k > 0 && (AUXILIARY.contains(ws.loose(k - 1)) || ws.tokenOf(k - 1).pos().startsWith("RB"))) k--;
        Optional<SentenceActors.Placed> a = s.endingAt(k);
        Optional<SentenceActors.Placed> b = s.startingAt(skipDeterminer(ws, verb.end()));
        if (a.isEmpty() || b.isEmpty() || !organization(b.get())) return Optional.empty();
        return stated(a.get(), verb.first(), b.get(), verb.start(), verb.end(), false);
    }

    /**
     * "B include A1, A2 and A3", "B, including A1 and A2": B is the actor just before the words (a comma
     * between; a pronoun is too unsure), each actor of the list after them its member. Where the words
     * follow something that is no actor ("state institutions, including the CNE") nothing is read.
     */
    private List<Stated> members(SentenceActors s, PhraseTrie.Match<RelationCue> list) {
        Words ws = s.words;
        int k = list.start();
        if (ws.loose(k - 1).equals(",")) k--;
        Optional<SentenceActors.Placed> owner = s.endingAt(k);
        if (owner.isEmpty() || owner.get().person() || owner.get().mention().basis() == MentionBasis.COREFERENCE) return List.of();
        List<Stated> out = new ArrayList<>();
        int j = skipDeterminer(ws, list.end());
        while (true) {
            Optional<SentenceActors.Placed> member = s.startingAt(j);
            if (member.isEmpty()) break;
            stated(member.get(), list.first(), owner.get(), list.start(), list.end(), false).ifPresent(out::add);
            j = member.get().to();
            if (ws.loose(j).equals(",")) j++;
            if (ws.loose(j).equals("and") || ws.loose(j).equals("or")) j++;
            else if (ws.loose(j).equals("as") && ws.loose(j + 1).equals("well") && ws.loose(j + 2).equals("as")) j += 3;
            else if (!ws.loose(j - 1).equals(",")) break;
            j = skipDeterminer(ws, j);
        }
        return out;
    }


    /**
     * "A, loyal to B", "A, the armed wing of B", "A, B's ally": what follows A says what it is to B; and to each
     * actor listed with B after a cue or a noun's "of" ("A, backed by B and C", "A is an ally to B, C and D").
     */
    private List<Stated> after(SentenceActors s, SentenceActors.Placed a) {
        Optional<Stated> first = first(s, a);
        if (first.isEmpty()) return List.of();
        List<Stated> out = new ArrayList<>(List.of(first.get()));
        Stated x = first.get();
        boolean aFirst = x.a() == a;                                     // which side the list runs on: B's
        SentenceActors.Placed last = aFirst ? x.b() : x.a();
        if (last.from() < a.to()) return out;                            // B is not after A: no list after it
        Words ws = s.words;
        while (true) {
            int j = last.to();
            boolean comma = ws.loose(j).equals(",");
            if (comma) j++;
            if (ws.loose(j).equals("and") || ws.loose(j).equals("or")) j++;
            else if (!comma) break;
            Optional<SentenceActors.Placed> next = s.startingAt(skipDeterminer(ws, j));
            if (next.isEmpty() || next.get().mention().actor().kind() != last.mention().actor().kind()) break;
            last = next.get();
            Stated more = aFirst ? new Stated(x.a(), x.type(), last, x.cueFrom(), x.cueTo()) : new Stated(last, x.type(), x.b(), x.cueFrom(), x.cueTo());
            if (!more.a().mention().actor().id().equals(more.b().mention().actor().id())) out.add(more);
        }
        return out;
    }

    private Optional<Stated> first(SentenceActors s, SentenceActors.Placed a) {
        Words ws = s.words;
        int k = a.to();
        String next = ws.loose(k);
        if (next.equals("of") && generic(a) && armedOrMembers(a) || next.equals("from") && organization(a)) {   // "40 members of the Coalition"
            Optional<SentenceActors.Placed> b = s.startingAt(skipDeterminer(ws, k + 1));
            if (b.isPresent() && organization(b.get()) && !generic(b.get()) && b.get().mention().basis() != MentionBasis.METONYM) {
                return stated(a, MEMBER, b.get(), k, k + 1, false);   // a capital after "of" is a place: "residents of Caracas"
            }
        }
        boolean linked = false;
        if (ws.loose(k).equals(",")) {
            k++;
            linked = true;
        }
        if (RELATIVE.contains(ws.loose(k))) k++;
        while (COPULA.contains(ws.loose(k)) || k < ws.size() && ws.tokenOf(k).pos().startsWith("RB")) {
            k++;
            linked = true;
        }
        Optional<PhraseTrie.Match<RelationCue>> between = vocab.relationsBetween.longestAt(ws.loose, k);
        if (between.isEmpty() && linked) between = vocab.relationsBetween.longestAt(ws.loose, skipDescription(ws, k));   // "A, a group backed by B"
        if (between.isPresent() && !linked && prepositional(ws, between.get().start()) && objectOfPreposition(ws, a.from())) {
            return Optional.empty();                                  // "buying oil from ISIL on behalf of the regime": the cue is the verb's
        }
        if (between.isPresent()) {
            int j = skipTitle(ws, skipModifiers(ws, skipDeterminer(ws, between.get().end())));
            Optional<SentenceActors.Placed> b = s.startingAt(j);
            if (b.isPresent()) return stated(a, between.get().first(), b.get(), between.get().start(), between.get().end(), false);
            return Optional.empty();
        }
        if (!linked) return Optional.empty();
        boolean indefinite = INDEFINITE.contains(ws.loose(k));
        int n = skipDeterminer(ws, k);
        Optional<SentenceActors.Placed> owner = s.startingAt(n);       // "A, B's ally"
        if (owner.isPresent() && ws.loose(owner.get().to()).equals("s")) {
            int at = owner.get().to() + 1;
            if (hasPast(ws, at)) return Optional.empty();
            Optional<PhraseTrie.Match<RelationCue>> noun = nounAt(ws, at);
            if (noun.isPresent()) return stated(a, noun.get().first(), owner.get(), noun.get().start(), noun.get().end(), indefinite);
            return Optional.empty();
        }
        if (hasPast(ws, n)) return Optional.empty();
        Optional<PhraseTrie.Match<RelationCue>> noun = nounAt(ws, n);
        if (noun.isEmpty() || !NOUN_OBJECT.contains(ws.loose(noun.get().end()))) return Optional.empty();
        int j = skipModifiers(ws, skipDeterminer(ws, noun.get().end() + 1));   // "A, a commander of the B"
        Optional<SentenceActors.Placed> b = s.startingAt(j);
        return b.flatMap(x -> stated(a, noun.get().first(), x, noun.get().start(), noun.get().end(), indefinite));
    }

    /** "B's armed wing, A", "B leader A", "A and its ally B", "A and their B allies": the noun's owner comes first. */
    private Optional<Stated> ownerFirst(SentenceActors s, PhraseTrie.Match<RelationCue> noun) {
        Words ws = s.words;
        int k0 = noun.start();
        while (k0 > 0 && isModifier(ws, k0 - 1)) k0--;
        if (hasPast(ws, k0)) return Optional.empty();
        Optional<SentenceActors.Placed> within = s.covering(noun.start());
        SentenceActors.Placed owner = null;
        SentenceActors.Placed described = null;
        boolean indefinite;
        if (within.isPresent()) {                                     // "B commander A", read as B with its member noun
            if (within.get().to() != noun.end() || within.get().person()) return Optional.empty();
            owner = within.get();
            indefinite = INDEFINITE.contains(ws.loose(owner.from() - 1));
        } else if (ws.loose(k0 - 1).equals("s") && s.endingAt(k0 - 1).isPresent()) {   // "B's armed wing"
            owner = s.endingAt(k0 - 1).get();
            indefinite = false;
        } else if (s.endingAt(k0).isPresent()) {                       // "B leader A", or "their B allies"
            SentenceActors.Placed before = s.endingAt(k0).get();
            String pronoun = ws.loose(before.from() - 1);
            if (Pronouns.OWNERS.contains(pronoun)) {
                described = before;
                owner = antecedent(s, before.from() - 1, pronoun).orElse(null);
                if (owner == null) return Optional.empty();
            } else {
                owner = before;
            }
            indefinite = INDEFINITE.contains(ws.loose(before.from() - 1));
        } else if (Pronouns.OWNERS.contains(ws.loose(k0 - 1))) {       // "A and its ally B"
            owner = antecedent(s, k0 - 1, ws.loose(k0 - 1)).orElse(null);
            if (owner == null) return Optional.empty();
            indefinite = false;
        } else {
            return Optional.empty();
        }
        if (described == null) {
            int j = noun.end();
            if (ws.loose(j).equals(",")) j++;
            j = skipDeterminer(ws, j);
            described = s.startingAt(j).orElse(null);
            if (described == null) return Optional.empty();
        }
        return stated(described, noun.first(), owner, noun.start(), noun.end(), indefinite);
    }

    /** The actor an owner pronoun at word {@code w} stands for. */
    private static Optional<SentenceActors.Placed> antecedent(SentenceActors s, int w, String pronoun) {
        return s.owner(w, pronoun.equals("his") || pronoun.equals("her"));
    }

    /** A group the report names by what its people are ("members", "fighters"), with no name of its own. */
    private static boolean generic(SentenceActors.Placed p) {
        var a = p.mention().actor();
        return a.kind() == dev.faultline.domain.actor.ActorKind.GROUP && a.origin() == dev.faultline.domain.actor.ActorRef.Origin.DERIVED;
    }

    /** Fighters, soldiers, officials or members: people who belong to a body, not people of a place. */
    private static boolean armedOrMembers(SentenceActors.Placed p) {
        var sector = p.mention().actor().sector();
        return DocumentAliases.armed(sector) || sector == dev.faultline.domain.actor.Sector.GOV || p.mention().actor().id().equals("members");
    }

    private static boolean prepositional(Words ws, int k) {
        String pos = ws.tokenOf(k).pos();
        return pos.equals("IN") || pos.equals("TO") || pos.startsWith("RB");
    }

    /** Whether the words from {@code w} are a preposition's object ("from ISIL", "with the Iranian army"). */
    private static boolean objectOfPreposition(Words ws, int w) {
        int p = w - 1;
        while (p >= 0 && (Grammar.DETERMINERS.contains(ws.loose(p)) || isModifier(ws, p))) p--;
        return p >= 0 && prepositional(ws, p) && !ws.tokenOf(p).pos().startsWith("RB");
    }

    /** An organisation or a group, not a state's name, a person or a place standing for its government. */
    private static boolean organization(SentenceActors.Placed p) {
        var k = p.mention().actor().kind();
        return k == dev.faultline.domain.actor.ActorKind.ORGANIZATION || k == dev.faultline.domain.actor.ActorKind.GROUP;
    }

    private static Optional<Stated> stated(SentenceActors.Placed a, RelationCue cue, SentenceActors.Placed b, int cueFrom, int cueTo,
                                           boolean indefinite) {
        SentenceActors.Placed x = cue.reversed() ? b : a, y = cue.reversed() ? a : b;
        if (x.mention().actor().id().equals(y.mention().actor().id())) return Optional.empty();
        LinkType link = cue.link();
        if (indefinite && (link == LinkType.COMMANDS || link == LinkType.LEADS)) link = LinkType.MEMBER_OF;
        return Optional.of(switch (link) {
            case BACKED_BY -> new Stated(y, RelationType.SUPPORTS, x, cueFrom, cueTo);
            case COMMANDS -> new Stated(x, RelationType.COMMANDS, y, cueFrom, cueTo);
            case LEADS -> new Stated(x, RelationType.LEADS, y, cueFrom, cueTo);
            case PART_OF, MEMBER_OF -> new Stated(x, RelationType.MEMBER_OF, y, cueFrom, cueTo);
            case PROXY_OF -> new Stated(x, RelationType.PROXY_OF, y, cueFrom, cueTo);
            case ALLY -> new Stated(x, RelationType.ALLY, y, cueFrom, cueTo);
            case HOSTILE -> new Stated(x, RelationType.HOSTILE, y, cueFrom, cueTo);
            case SUCCESSOR_OF -> throw new IllegalStateException("a relation cue never reads successor_of");
        });
    }

    private static String key(Stated s) {
        return s.a().from() + ":" + s.type() + ":" + s.b().from();
    }

    private static int skipDeterminer(Words ws, int k) {
        if (ws.loose(k).equals("one") && ws.loose(k + 1).equals("of")) k += 2;
        if (Grammar.DETERMINERS.contains(ws.loose(k))) k++;
        return k;
    }

    /** The relation noun at {@code k} or after some of the modifiers there: "deputy head" before "head". */
    private Optional<PhraseTrie.Match<RelationCue>> nounAt(Words ws, int k) {
        for (int j = k; j < ws.size(); j++) {
            Optional<PhraseTrie.Match<RelationCue>> noun = vocab.relationNouns.longestAt(ws.loose, j);
            if (noun.isPresent() || !isModifier(ws, j)) return noun;
        }
        return Optional.empty();
    }

    /** Past what stands before a person's name: "Palestinian leader" Yasser Arafat, "President" X. */
    private int skipTitle(Words ws, int k) {
        int j = k;
        if (j < ws.size() && ws.tokenOf(j).pos().startsWith("JJ") || j < ws.size() && ws.tokenOf(j).pos().startsWith("NNP")
                && vocab.relationNouns.longestAt(ws.loose, j + 1).isPresent()) j++;          // a demonym before a title
        Optional<PhraseTrie.Match<RelationCue>> title = vocab.relationNouns.longestAt(ws.loose, j);
        return title.isPresent() ? title.get().end() : k;
    }

    /** Past a short description in lower case: "a separatist group", "the paramilitary force". */
    private static int skipDescription(Words ws, int k) {
        int j = skipDeterminer(ws, k);
        for (int n = 0; n < 5 && j < ws.size(); n++, j++) {
            String pos = ws.tokenOf(j).pos();
            if (!isModifier(ws, j) && !(pos.startsWith("NN") && !pos.startsWith("NNP") && Character.isLowerCase(ws.exact(j).charAt(0)))) break;
        }
        return j;
    }

    private static int skipModifiers(Words ws, int k) {
        while (isModifier(ws, k)) k++;
        return k;
    }

    /** An adjective or adverb inside the phrase ("close", "key", "Iranian-backed" is no modifier: it has its own actor). */
    private static boolean isModifier(Words ws, int k) {
        if (k < 0 || k >= ws.size()) return false;
        String pos = ws.tokenOf(k).pos();
        return (pos.startsWith("JJ") || pos.startsWith("RB")) && !Character.isUpperCase(ws.exact(k).charAt(0));
    }

    private static boolean hasPast(Words ws, int k) {
        for (int j = Math.max(0, k - 1); j < Math.min(ws.size(), k + 3); j++) if (PAST.contains(ws.loose(j))) return true;
        return false;
    }
}
