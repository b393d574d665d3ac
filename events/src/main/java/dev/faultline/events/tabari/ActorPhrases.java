package dev.faultline.events.tabari;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.actors.tabari.TabariActor;
import dev.faultline.actors.tabari.TabariAgent;
import dev.faultline.actors.tabari.TabariDictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the noun phrases of a parse that name actors and gives each its codes, as PETRARCH does:
 * actors and agents are looked up in the phrase's own words (possessors and pre-modifiers included,
 * its prepositional phrases and clauses not); agents qualify the actors ("Arnor's foreign minister" →
 * ARNGOVFRM), agents joined by "and" qualify them separately ("Danish media and government" → DNKMED,
 * DNKGOV); an agent with no actor of its own takes the actors of an "of / in / from" phrase ("the
 * government of Gondor" → GONGOV), else none ({@code ---GOV}); a coordination of noun phrases is the
 * list of its members' codes.
 */
final class ActorPhrases {
    private static final Set<String> CLAUSES = Set.of("PP", "SBAR", "S", "VP", "RRC", "PRN");
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("OF", "IN", "FROM");

    private final TabariDictionary dictionary;
    private final LocalDate date;
    private final SentenceView view;

    ActorPhrases(TabariDictionary dictionary, LocalDate date, SentenceView view) {
        this.dictionary = dictionary;
        this.date = date;
        this.view = view;
    }

    /** Every coded noun phrase, outer ones before those nested in them. */
    List<ActorPhrase> all() {
        List<ActorPhrase> out = new ArrayList<>();
        for (ParseNode n : view.phrases()) {
            if (!n.is("NP")) continue;
            List<String> codes = codes(n);
            if (!codes.isEmpty()) out.add(new ActorPhrase(view.start(n), view.end(n), codes));
        }
        return out;
    }

    List<String> codes(ParseNode np) {
        List<ParseNode> members = np.children().stream().filter(c -> c.is("NP")).toList();
        boolean coordinated = members.size() >= 2 && np.children().stream().anyMatch(c -> c.is("CC"));
        if (coordinated) {
            List<String> out = new ArrayList<>();
            for (ParseNode m : members) out.addAll(codes(m));
            return out;
        }
        List<Integer> own = ownWords(np);
        Found f = lookup(own);
        if (!f.actors.isEmpty()) return combine(f.actors, f.agents);
        if (f.agents.isEmpty()) return List.of();
        for (ParseNode c : np.children()) {
            if (!c.is("PP") || c.children().isEmpty() || !c.children().get(0).isWord()) continue;
            if (!OWNER_PREPOSITIONS.contains(view.words.get(view.start(c)))) continue;
            for (ParseNode inner : c.children()) {
                if (!inner.is("NP")) continue;
                List<String> owners = codes(inner);
                if (!owners.isEmpty()) return combine(owners, f.agents);
            }
        }
        return combine(List.of(TabariEvent.NONE), f.agents);
    }

    /** Word positions of the phrase itself: its clauses and prepositional phrases left out. */
    private List<Integer> ownWords(ParseNode np) {
        List<Integer> out = new ArrayList<>();
        collectOwn(np, out, true);
        return out;
    }

    private void collectOwn(ParseNode n, List<Integer> out, boolean top) {
        if (n.isWord()) {
            out.add(view.start(n));
            return;
        }
        if (!top && CLAUSES.contains(n.category())) return;
        for (ParseNode c : n.children()) collectOwn(c, out, false);
    }

    private record Found(List<String> actors, List<List<TabariAgent>> agents) {}

    /** Actors, and agents grouped so that a coordinating word separates alternatives. */
    private Found lookup(List<Integer> positions) {
        List<String> words = positions.stream().map(view.words::get).toList();
        List<String> actors = new ArrayList<>();
        List<List<TabariAgent>> groups = new ArrayList<>();
        List<TabariAgent> group = new ArrayList<>();
        int i = 0;
        boolean joined = true;
        while (i < words.size()) {
            Optional<PhraseTrie.Match<TabariActor>> actor = dictionary.actorAt(words, i);
            Optional<PhraseTrie.Match<TabariAgent>> agent = dictionary.agentAt(words, i);
            int actorEnd = actor.map(PhraseTrie.Match::end).orElse(-1);
            int agentEnd = agent.map(PhraseTrie.Match::end).orElse(-1);
            if (actorEnd > i && actorEnd >= agentEnd) {
                // A phrase names one actor unless "and", "or" or a comma joins a second one to it.
                Optional<String> code = actor.get().first().codeAt(date).filter(c -> !c.equals(TabariEvent.NONE));
                if (code.isPresent() && (actors.isEmpty() || joined)) {
                    for (String c : code.get().split("/")) if (!c.isBlank() && !actors.contains(c)) actors.add(c);
                    joined = false;
                }
                i = actorEnd;
            } else if (agentEnd > i) {
                group.add(agent.get().first());
                i = agentEnd;
            } else {
                String w = words.get(i);
                if (w.equals("AND") || w.equals("OR") || w.equals(",")) {
                    joined = true;
                    if (!group.isEmpty()) {
                        groups.add(group);
                        group = new ArrayList<>();
                    }
                }
                i++;
            }
        }
        if (!group.isEmpty()) groups.add(group);
        return new Found(actors, groups);
    }

    private static List<String> combine(List<String> actors, List<List<TabariAgent>> agents) {
        if (agents.isEmpty()) return actors;
        List<String> out = new ArrayList<>();
        for (String a : actors) {
            for (List<TabariAgent> chain : agents) {
                String code = a;
                for (TabariAgent g : chain) {
                    // An actor already coded as what the agent says (White House = USAGOV, "officials") keeps its code.
                    if (!code.contains(g.code())) code = g.applyTo(code);
                }
                if (!out.contains(code)) out.add(code);
            }
        }
        return out;
    }
}
