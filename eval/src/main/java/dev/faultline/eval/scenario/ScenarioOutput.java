package dev.faultline.eval.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What the system produced from a scenario's reports, as the rows of its commands' {@code --format
 * jsonl}: {@code events}, {@code relations}, {@code ruptures}, {@code blocs} and the {@code actors}
 * listing (which names the actors that blocs give only by id).
 */
public record ScenarioOutput(List<JsonNode> events, List<JsonNode> relations, List<JsonNode> ruptures, List<JsonNode> blocs,
                             List<JsonNode> actors) {
    public ScenarioOutput {
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        ruptures = List.copyOf(ruptures);
        blocs = List.copyOf(blocs);
        actors = List.copyOf(actors);
    }
}
