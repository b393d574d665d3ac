package dev.faultline.cli;

import dev.faultline.analysis.AnalysisOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How {@code analyze} assembles the pipeline: threads, extra knowledge, a PETRARCH user's dictionaries, more places. */
final class PipelineOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for the analysis (default: all cores).")
    Integer threads;

    @Option(names = "--knowledge", paramLabel = "YAML",
            description = "An extra actor knowledge-base file (the shipped format); repeatable.")
    List<Path> knowledge = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE",
            description = "A TABARI/CAMEO actor dictionary (PETRARCH's format) whose actors and codes are added; repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "A TABARI/CAMEO agent dictionary (PETRARCH's format); repeatable.")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--patterns", paramLabel = "YAML",
            description = "More event patterns, in the format of the shipped pattern book; repeatable.")
    List<Path> patterns = new ArrayList<>();

    @Option(names = "--geonames", paramLabel = "FILE",
            description = "A GeoNames file (allCountries.txt, a country's SY.txt, cities1000.txt...) whose places are added to the "
                    + "gazetteer; its first-level divisions (ADM1 rows) name the divisions. Compiled once into the cache; repeatable.")
    List<Path> geonames = new ArrayList<>();

    AnalysisOptions toOptions() {
        AnalysisOptions o = AnalysisOptions.defaults().withDictionaries(knowledge, actors, agents).withPatterns(patterns)
                .withGeonames(geonames);
        return threads == null ? o : o.withThreads(threads);
    }
}
