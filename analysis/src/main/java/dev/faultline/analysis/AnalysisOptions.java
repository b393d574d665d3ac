package dev.faultline.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * How to assemble the pipeline.
 *
 * @param threads       worker threads for {@link Analyzer#analyzeAll}; at least 1
 * @param knowledge     extra actor knowledge-base YAML files, added to the shipped ones
 * @param tabariActors  a PETRARCH user's TABARI actor dictionaries ({@code --actors})
 * @param tabariAgents  a PETRARCH user's TABARI agent dictionaries ({@code --agents})
 * @param patterns      extra event-pattern YAML files, added to the shipped pattern book
 * @param geonames      a user's own GeoNames files ({@code --geonames}: a country file, allCountries.txt), added to the cached cities
 */
public record AnalysisOptions(int threads, List<Path> knowledge, List<Path> tabariActors, List<Path> tabariAgents,
                              List<Path> patterns, List<Path> geonames) {
    public AnalysisOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        knowledge = List.copyOf(knowledge);
        tabariActors = List.copyOf(tabariActors);
        tabariAgents = List.copyOf(tabariAgents);
        patterns = List.copyOf(patterns);
        geonames = List.copyOf(geonames);
    }

    /** All cores, the shipped knowledge only. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public AnalysisOptions withThreads(int n) {
        return new AnalysisOptions(n, knowledge, tabariActors, tabariAgents, patterns, geonames);
    }

    public AnalysisOptions withDictionaries(List<Path> knowledge, List<Path> actors, List<Path> agents) {
        return new AnalysisOptions(threads, knowledge, actors, agents, patterns, geonames);
    }

    public AnalysisOptions withPatterns(List<Path> files) {
        return new AnalysisOptions(threads, knowledge, tabariActors, tabariAgents, files, geonames);
    }

    public AnalysisOptions withGeonames(List<Path> files) {
        return new AnalysisOptions(threads, knowledge, tabariActors, tabariAgents, patterns, files);
    }
}
