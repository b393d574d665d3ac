package dev.faultline.ingest.clean;

import dev.faultline.domain.RawReport;
import dev.faultline.domain.Span;
import dev.faultline.ingest.draft.BodyLine;
import dev.faultline.ingest.draft.Draft;
import dev.faultline.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The first stage: splits a raw body into lines, drops the page debris {@link LineClassifier} finds,
 * and records each dropped run of lines as one span of the raw body with its reason. Built per batch,
 * because recurrence across the batch is one of the rules.
 */
public final class DebrisCleaner implements Stage<RawReport, Draft> {
    private final LineClassifier classifier;

    public DebrisCleaner(BoilerplateIndex boilerplate) {
        this.classifier = new LineClassifier(boilerplate);
    }

    @Override
    public Draft apply(RawReport raw) {
        List<BodyLine> lines = LineText.split(raw.body());
        String[] reasons = classifier.classify(lines, raw.title());
        List<BodyLine> kept = new ArrayList<>();
        List<Span> dropped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BodyLine line = lines.get(i);
            if (reasons[i] == null) {
                kept.add(line);
                continue;
            }
            Span last = dropped.isEmpty() ? null : dropped.get(dropped.size() - 1);
            boolean continues = last != null && last.reason().equals(reasons[i]) && i > 0 && reasons[i - 1] != null
                    && lines.get(i - 1).end() == last.end();
            if (continues) dropped.set(dropped.size() - 1, new Span(last.start(), line.end(), last.reason()));
            else dropped.add(new Span(line.start(), line.end(), reasons[i]));
        }
        return Draft.of(raw, kept, dropped);
    }

    @Override
    public String name() {
        return "clean";
    }
}
