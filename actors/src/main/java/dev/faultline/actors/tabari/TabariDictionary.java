package dev.faultline.actors.tabari;

import dev.faultline.actors.match.PhraseTrie;
import dev.faultline.domain.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loaded TABARI actor and agent dictionaries with a word trie for longest-match lookup, in one pass
 * over a sentence's tokens. Immutable once built; safe to share between threads.
 */
public final class TabariDictionary {
    private final PhraseTrie<TabariActor> actors;
    private final PhraseTrie<TabariAgent> agents;
    private static final java.util.function.UnaryOperator<String> UPPER = w -> w.toUpperCase(Locale.ROOT);
    private final int actorCount;
    private final int agentCount;
    private final List<Problem> problems;

    private TabariDictionary(List<TabariActor> actorList, List<TabariAgent> agentList, List<Problem> problems) {
        PhraseTrie.Builder<TabariActor> a = PhraseTrie.builder(UPPER);
        for (TabariActor actor : actorList) for (List<String> p : actor.phrases()) a.put(p, actor);
        PhraseTrie.Builder<TabariAgent> g = PhraseTrie.builder(UPPER);
        for (TabariAgent agent : agentList) g.put(agent.phrase(), agent);
        this.actors = a.build();
        this.agents = g.build();
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
    public Optional<PhraseTrie.Match<TabariActor>> actorAt(List<String> tokens, int start) {
        return actors.longestAt(tokens, start);
    }

    public Optional<PhraseTrie.Match<TabariAgent>> agentAt(List<String> tokens, int start) {
        return agents.longestAt(tokens, start);
    }

    /** The CAMEO code of the longest actor phrase at {@code start} on {@code date}, if it has one then. */
    public Optional<String> codeAt(List<String> tokens, int start, LocalDate date) {
        return actorAt(tokens, start).flatMap(m -> m.first().codeAt(date)).filter(c -> !c.equals("---"));
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
}
