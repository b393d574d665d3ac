package dev.faultline.actors.tabari;

import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loaded TABARI actor and agent dictionaries with a word trie for longest-match lookup, in one pass
 * over a sentence's tokens. Immutable once built; safe to share between threads.
 */
public final class TabariDictionary {
    private final Node<TabariActor> actors = new Node<>();
    private final Node<TabariAgent> agents = new Node<>();
    private final int actorCount;
    private final int agentCount;
    private final List<Problem> problems;

    /** A phrase found at {@code [start, end)} of the token list. */
    public record Match<T>(T entry, int start, int end) {}

    private TabariDictionary(List<TabariActor> actorList, List<TabariAgent> agentList, List<Problem> problems) {
        for (TabariActor a : actorList) for (List<String> p : a.phrases()) actors.put(p, a);
        for (TabariAgent g : agentList) agents.put(g.phrase(), g);
        this.actorCount = actorList.size();
        this.agentCount = agentList.size();
        this.problems = List.copyOf(problems);
    }

    /** Loads any number of actor files and agent files; later files win for a phrase that repeats. */
    public static TabariDictionary load(List<Path> actorFiles, List<Path> agentFiles) throws IOException {
        List<TabariActor> actors = new ArrayList<>();
        List<TabariAgent> agents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : actorFiles) {
            TabariReader.Read<TabariActor> r = TabariReader.actors(f);
            actors.addAll(r.entries());
            problems.addAll(r.problems());
        }
        for (Path f : agentFiles) {
            TabariReader.Read<TabariAgent> r = TabariReader.agents(f);
            agents.addAll(r.entries());
            problems.addAll(r.problems());
        }
        return new TabariDictionary(actors, agents, problems);
    }

    static TabariDictionary of(List<TabariActor> actors, List<TabariAgent> agents) {
        return new TabariDictionary(actors, agents, List.of());
    }

    /** The longest actor phrase starting at token {@code start}, matched case-insensitively. */
    public Optional<Match<TabariActor>> actorAt(List<String> tokens, int start) {
        return actors.longest(tokens, start);
    }

    public Optional<Match<TabariAgent>> agentAt(List<String> tokens, int start) {
        return agents.longest(tokens, start);
    }

    /** The CAMEO code of the longest actor phrase at {@code start} on {@code date}, if it has one then. */
    public Optional<String> codeAt(List<String> tokens, int start, LocalDate date) {
        return actorAt(tokens, start).flatMap(m -> m.entry().codeAt(date)).filter(c -> !c.equals("---"));
    }

    public int actorCount() {
        return actorCount;
    }

    public int agentCount() {
        return agentCount;
    }

    /** Lines that could not be read, each naming its file and line. */
    public List<Problem> problems() {
        return problems;
    }

    private static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>();
        private T value;

        void put(List<String> words, T v) {
            Node<T> n = this;
            for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node<>());
            n.value = v;
        }

        Optional<Match<T>> longest(List<String> tokens, int start) {
            Node<T> n = this;
            Match<T> best = null;
            for (int i = start; i < tokens.size(); i++) {
                n = n.next.get(tokens.get(i).toUpperCase(Locale.ROOT));
                if (n == null) break;
                if (n.value != null) best = new Match<>(n.value, start, i + 1);
            }
            return Optional.ofNullable(best);
        }
    }
}
