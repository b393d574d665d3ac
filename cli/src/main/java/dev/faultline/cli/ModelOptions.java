package dev.faultline.cli;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.app.model.CorpusModel;
import dev.faultline.app.model.CorpusSettings;
import dev.faultline.claims.OutletGrades;
import dev.faultline.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alliance commands share: the outlet grades credibility rests on and any extra knowledge
 * base files (the links between actors come from the knowledge base). Reads the store's corpus model.
 */
final class ModelOptions {
    @Mixin GradesOptions grades;

    @Option(names = "--knowledge", paramLabel = "YAML", description = "An extra actor knowledge-base file (the shipped format); repeatable.")
    List<Path> knowledge = new ArrayList<>();

    /**
     * The stored corpus's model, with the knowledge base as of today. The grades are read before the store is opened,
     * so a bad grades file fails first and alone.
     */
    CorpusModel read(StoreOptions storeOptions) {
        CorpusSettings settings = settings();
        try (Store store = storeOptions.openForReading()) {
            return read(store, settings);
        }
    }

    /** The grades (read now: a bad file fails here) and the knowledge base (loaded when the alliance model is built). */
    CorpusSettings settings() {
        OutletGrades g = grades.load();
        List<Path> files = List.copyOf(knowledge);
        return new CorpusSettings(g, () -> KnowledgeBase.load(files), LocalDate.now());
    }

    /** The open store's corpus model, its alliance model built (every command of these options uses it). */
    static CorpusModel read(Store store, CorpusSettings settings) {
        CorpusModel model = CorpusModel.read(store, settings);
        model.alliance();
        return model;
    }
}
