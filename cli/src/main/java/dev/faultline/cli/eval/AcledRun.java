package dev.faultline.cli.eval;

import dev.faultline.actors.kb.KnowledgeBase;
import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.actor.ActorMention;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.acled.AcledRow;
import dev.faultline.eval.acled.AcledSuite;
import dev.faultline.eval.acled.ProducedEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACLED rows as the suite specifies: {@code notes} is the article, {@code source} the outlet, and the
 * day of {@code timestamp} the publication date. Countries are named as the knowledge base's states
 * name them.
 */
final class AcledRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<AcledRow> rows = AcledSuite.read(SuiteRun.file(data, "acled", ".jsonl"));
        List<EvalBatch.Case> cases = new ArrayList<>();
        for (AcledRow r : rows) cases.add(new EvalBatch.Case(r.id(), r.notes(), r.source(), PartialDate.ofDay(r.published())));
        Analyzer analyzer = Analyzer.load(options);
        Map<String, CodedDocument> coded = EvalBatch.analyze(analyzer, "acled", cases, failures);
        Countries countries = Countries.of(KnowledgeBase.load(options.knowledge()));
        return AcledSuite.run(rows, row -> produced(coded.get(row.id())), countries::iso3);
    }

    static List<ProducedEvent> produced(CodedDocument d) {
        if (d == null) return List.of();
        List<ProducedEvent> out = new ArrayList<>();
        for (CodedEvent e : d.events()) {
            Set<String> countries = new HashSet<>();
            for (ActorMention m : e.source()) if (m.actor().country() != null) countries.add(m.actor().country());
            for (ActorMention m : e.target()) if (m.actor().country() != null) countries.add(m.actor().country());
            Double lat = e.place() == null ? null : e.place().lat(), lon = e.place() == null ? null : e.place().lon();
            String date = e.date() == null ? null : e.date().value().value();
            String precision = e.date() == null ? null : e.date().value().precision().name().toLowerCase(java.util.Locale.ROOT);
            Integer killed = e.size() == null || e.size().killed() == null ? null : Math.toIntExact(e.size().killed());
            String place = e.place() == null ? null : e.place().name() + (e.place().country() == null ? "" : " (" + e.place().country() + ")");
            out.add(new ProducedEvent(e.type().name(), countries, place, lat, lon, date, precision, killed));
        }
        return out;
    }
}
