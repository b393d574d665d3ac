package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.plover.PloverActor;
import dev.faultline.eval.plover.PloverCase;
import dev.faultline.eval.plover.PloverEvent;
import dev.faultline.eval.plover.PloverSuite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The PLOVER gold records: each record's text is an article dated as the record is (placeholder dates included). */
final class PloverRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<PloverCase> records = PloverSuite.read(SuiteRun.file(data, "plover", ".json"));
        List<EvalBatch.Case> cases = new ArrayList<>();
        for (PloverCase c : records) cases.add(new EvalBatch.Case(c.id(), c.text(), null, PartialDate.parse(c.date()).orElse(null)));
        Map<String, CodedDocument> coded = EvalBatch.analyze(Analyzer.load(options), "plover", cases, failures);
        return PloverSuite.run(records, c -> events(coded.get(c.id())));
    }

    static List<PloverEvent> events(CodedDocument d) {
        if (d == null) return List.of();
        List<PloverEvent> out = new ArrayList<>();
        for (CodedEvent e : d.events()) out.add(new PloverEvent(e.type(), actors(e.source()), actors(e.target())));
        return out;
    }

    private static List<PloverActor> actors(List<ActorMention> ms) {
        return ms.stream().map(m -> new PloverActor(m.actor().country(), m.actor().sector() == null ? null : m.actor().sector().name())).toList();
    }
}
