package dev.faultline.app.model;

import dev.faultline.store.Store.ActorSummary;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the actor a person means among the stored ones: by id, else by name or by a spelling the reports use (an alias:
 * "Iran", "Islamic Republic"), ignoring case and extra spaces. When nothing matches, the nearest ids, names and
 * spellings (by edit distance, then by how often the actor is mentioned) are offered instead, so a typo gets a "did you
 * mean" rather than an empty answer.
 */
public final class ActorLookup {
    /** Suggestions offered at most. */
    static final int SUGGESTIONS = 3;

    private final List<ActorSummary> actors;

    public ActorLookup(List<ActorSummary> actors) {
        this.actors = List.copyOf(actors);
    }

    /** What a lookup found: the ids that match (one, or several for a shared name), else suggestions. */
    public record Result(List<String> ids, List<String> suggestions) {
        public Result {
            ids = List.copyOf(ids);
            suggestions = List.copyOf(suggestions);
        }

        public boolean found() {
            return !ids.isEmpty();
        }

        /** The one-line message for a miss or an ambiguous name, quoting {@code input}. */
        public String problem(String input) {
            if (ids.size() > 1) return "'" + input + "' names several actors: " + String.join(", ", ids) + "; give one id";
            return "no actor '" + input + "' in the store" + (suggestions.isEmpty() ? "; list them with `faultline actors`"
                    : "; did you mean " + String.join(", ", suggestions) + "?");
        }
    }

    public Result find(String input) {
        Objects.requireNonNull(input, "input");
        String key = normalize(input);
        for (ActorSummary a : actors) {
            // An id, or one an actor belongs to (its events and claims count for it even when it is never named itself).
            if (a.actor().id().equals(input.strip()) || a.actor().lineage().contains(input.strip())) {
                return new Result(List.of(input.strip()), List.of());
            }
        }
        Set<String> byName = new TreeSet<>();
        for (ActorSummary a : actors) {
            if (normalize(a.actor().id()).equals(key) || (a.actor().name() != null && normalize(a.actor().name()).equals(key))) {
                byName.add(a.actor().id());
            }
        }
        if (byName.isEmpty()) {
            for (ActorSummary a : actors) {
                if (a.spellings().stream().anyMatch(s -> normalize(s).equals(key))) byName.add(a.actor().id());
            }
        }
        if (!byName.isEmpty()) return new Result(List.copyOf(byName), List.of());
        return new Result(List.of(), suggestions(key));
    }

    private List<String> suggestions(String key) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Near(ActorSummary actor, int distance) {}
        List<Near> near = new ArrayList<>();
        for (ActorSummary a : actors) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(a.actor().id());
            if (a.actor().name() != null) forms.add(a.actor().name());
            forms.addAll(a.spellings());
            int best = Integer.MAX_VALUE;
            for (String f : forms) {
                String form = normalize(f);
                int d = form.contains(key) || key.contains(form) ? Math.abs(form.length() - key.length()) / 2 : distance.apply(key, form);
                best = Math.min(best, d);
            }
            // Close enough to be a typo: at most a third of the word's letters, and always one.
            if (best <= Math.max(1, key.length() / 3)) near.add(new Near(a, best));
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> -n.actor().mentions()).thenComparing(n -> n.actor().actor().id()));
        return near.stream().limit(SUGGESTIONS)
                .map(n -> n.actor().actor().id() + (n.actor().actor().name() == null ? "" : " (" + n.actor().actor().name() + ")")).toList();
    }

    private static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
