package dev.faultline.cli;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.actors.resolver.ActorResolver;
import dev.faultline.claims.OutletGrades;
import dev.faultline.domain.actor.ActorRef;
import dev.faultline.relations.AllianceModel;
import dev.faultline.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alliance commands share: the outlet grades credibility rests on and any extra knowledge
 * base files (the links between actors come from the knowledge base). Builds the model of a store.
 */
final class ModelOptions {
    /** How often the reports must name an actor for the model to place it by the knowledge base alone. */
    static final int NAMED_MENTIONS = 2;

    @Mixin GradesOptions grades;

    @Option(names = "--knowledge", paramLabel = "YAML", description = "An extra actor knowledge-base file (the shipped format); repeatable.")
    List<Path> knowledge = new ArrayList<>();

    /**
     * The stored corpus's claims assessed and its alliance model built, with the knowledge base as of
     * today. The grades are read before the store is opened, so a bad grades file fails first and alone.
     */
    Model read(StoreOptions storeOptions) {
        OutletGrades g = grades.load();
        try (Store store = storeOptions.open()) {
            return build(store, g);
        }
    }

    private Model build(Store store, OutletGrades g) {
        KnowledgeBase kb = KnowledgeBase.load(knowledge);
        ActorResolver resolver = ActorResolver.create(kb);
        LocalDate today = LocalDate.now();
        AssessedClaims claims = AssessedClaims.of(store, g);
        List<Store.ActorSummary> summaries = store.actorSummaries();
        List<ActorRef> named = summaries.stream().filter(a -> a.mentions() >= NAMED_MENTIONS).map(Store.ActorSummary::actor).toList();
        AllianceModel model = AllianceModel.build(kb.links(), id -> resolver.known(id, today).orElse(null), claims.events, claims.forces,
                claims.assessments(), named);
        return new Model(claims, model, summaries);
    }

    /** The assessed claims, the model built on them, and the store's actor listing the model drew on. */
    record Model(AssessedClaims claims, AllianceModel alliance, List<Store.ActorSummary> actorSummaries) {}
}
