package dev.faultline.app.model;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.claims.OutletGrades;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a corpus model is built with besides the store: the outlet grades credibility rests on, the knowledge base whose
 * links and actors the alliance model draws on (loaded only when the alliance model is first asked for: listing claims
 * needs none), and the day whose knowledge counts (who holds an office, what belongs to what).
 */
public record CorpusSettings(OutletGrades grades, Supplier<KnowledgeBase> knowledge, LocalDate today) {
    public CorpusSettings {
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(today, "today");
    }

    /** Faultline's own grades and knowledge, as of today. */
    public static CorpusSettings defaults() {
        return new CorpusSettings(OutletGrades.defaults(), KnowledgeBase::load, LocalDate.now());
    }
}
