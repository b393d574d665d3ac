package dev.faultline.cli.report;

import dev.faultline.domain.Article;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.relations.AllianceModel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report is made from: the stored articles, every event and force claim, each claim's
 * assessment by id, and the alliance model built on them.
 */
public record ReportInput(List<Article> articles, List<CodedEvent> events, List<ForceClaim> forces,
                          Map<String, Assessment> assessments, AllianceModel alliance) {
    public ReportInput {
        Objects.requireNonNull(alliance, "alliance");
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        forces = List.copyOf(forces);
        assessments = Map.copyOf(assessments);
    }
}
