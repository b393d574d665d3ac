package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.event.CodedDocument;
import dev.faultline.domain.event.CodedEvent;
import dev.faultline.eval.EvalReport;
import dev.faultline.eval.fakes.FakesArticle;
import dev.faultline.eval.fakes.FakesSuite;
import dev.faultline.eval.fakes.MainEvent;
import dev.faultline.ingest.date.TextDates;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FA-KES articles as a user's ingest would see them: the title and content as the text, the outlet as
 * given, and no publication date but the one the ingest estimates from the text (the gold date is
 * what is scored, so it is never given). The main event is the first, in text order, that is placed in
 * a first-level division; else the first event.
 */
final class FakesRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<FakesArticle> articles = FakesSuite.read(SuiteRun.file(data, "fakes", ".csv"));
        List<EvalBatch.Case> cases = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (FakesArticle a : articles) {
            String text = a.title().isBlank() ? a.content() : a.title() + ".\n\n" + a.content();
            PartialDate published = TextDates.days(text, today).stream().max(Comparator.naturalOrder())
                    .or(() -> TextDates.months(text, today).stream().max(Comparator.naturalOrder())).orElse(null);
            cases.add(new EvalBatch.Case(a.id(), text, a.source(), published));
        }
        Map<String, CodedDocument> coded = EvalBatch.analyze(Analyzer.load(options), "fakes", cases, failures);
        return FakesSuite.run(articles, a -> main(coded.get(a.id())));
    }

    static Optional<MainEvent> main(CodedDocument d) {
        if (d == null || d.events().isEmpty()) return Optional.empty();
        List<CodedEvent> inOrder = new ArrayList<>(d.events());
        inOrder.sort(Comparator.comparingInt(CodedEvent::begin));
        CodedEvent main = inOrder.stream().filter(e -> e.place() != null && e.place().admin1() != null).findFirst().orElse(inOrder.get(0));
        return Optional.of(new MainEvent(main.date() == null ? null : main.date().value().value(),
                main.place() == null ? null : main.place().admin1(), main.place() == null ? null : main.place().name()));
    }
}
