package dev.faultline.cli.eval;

import dev.faultline.analysis.AnalysisOptions;
import dev.faultline.analysis.Analyzer;
import dev.faultline.claims.Assessor;
import dev.faultline.claims.OutletGrades;
import dev.faultline.claims.Publication;
import dev.faultline.domain.Article;
import dev.faultline.domain.ArticleId;
import dev.faultline.domain.claim.Assessment;
import dev.faultline.domain.claim.ForceClaim;
import dev.faultline.domain.PartialDate;
import dev.faultline.domain.TextEnds;
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
 * what is scored, so it is never given). The main event is the article's lead: its date is the first
 * event's, in text order; its place lies in the division where most of the article's events are
 * placed, the lead's counting three times (the earliest such division on a tie), since a lead often names no place ("a suicide bomber
 * killed four people on Sunday") and background sentences name old ones ("since March 2011 in Daraa"). The article's
 * credibility is the mean credibility score of its claims that something happened, all articles assessed together.
 */
final class FakesRun implements SuiteRun {
    @Override
    public EvalReport run(Path data, AnalysisOptions options, List<String> failures) throws IOException {
        List<FakesArticle> articles = FakesSuite.read(SuiteRun.file(data, "fakes", ".csv"));
        List<EvalBatch.Case> cases = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (FakesArticle a : articles) {
            String text = a.title().isBlank() ? a.content() : a.title() + ".\n\n" + a.content();
            PartialDate published = TextDates.estimatePublication(text, today).orElse(null);
            cases.add(new EvalBatch.Case(a.id(), text, a.source(), published));
        }
        Map<String, CodedDocument> coded = EvalBatch.analyze(Analyzer.load(options), "fakes", cases, failures);
        Map<String, Assessment> assessed = assess(coded.values());
        return FakesSuite.run(articles, a -> main(coded.get(a.id())).map(m -> new MainEvent(m.date(), m.governorate(), m.place(),
                credibility(coded.get(a.id()), assessed))));
    }

    /**
     * The corpus's claims assessed together, as {@code faultline claims} does over a store (each article known by its
     * outlet and its text's ends, {@link TextEnds}), with the default outlet grades.
     */
    private static Map<String, Assessment> assess(java.util.Collection<CodedDocument> docs) {
        List<CodedEvent> events = new ArrayList<>();
        List<ForceClaim> forces = new ArrayList<>();
        Map<ArticleId, Publication> publications = new java.util.HashMap<>();
        for (CodedDocument d : docs) {
            events.addAll(d.events());
            forces.addAll(d.forces());
            // What a store's corpus model knows of an article: its outlet and the ends of its text (where a wire credit is).
            Article a = d.resolved().document().article();
            publications.put(a.id(), new Publication(a.outlet(), TextEnds.of(a.text())));
        }
        return new Assessor(OutletGrades.defaults()).assessPublications(events, forces, publications);
    }

    /** An article's credibility: the mean score of the claims it makes that something happened; null when it makes none. */
    static Double credibility(CodedDocument d, Map<String, Assessment> assessed) {
        if (d == null) return null;
        double sum = 0;
        int n = 0;
        for (CodedEvent e : d.events()) {
            Assessment a = assessed.get(e.id());
            if (a == null || !e.modality().happened()) continue;
            sum += a.score();
            n++;
        }
        return n == 0 ? null : sum / n;
    }

    /** Sentences of the lead (the title and the first sentence), whose events weigh three times the others'. */
    private static final int LEAD = 2;

    static Optional<MainEvent> main(CodedDocument d) {
        if (d == null || d.events().isEmpty()) return Optional.empty();
        List<CodedEvent> inOrder = new ArrayList<>(d.events());
        inOrder.sort(Comparator.comparingInt(CodedEvent::begin));
        String date = inOrder.stream().filter(e -> e.date() != null).findFirst().map(e -> e.date().value().value()).orElse(null);
        Map<String, Integer> divisions = new java.util.LinkedHashMap<>();
        for (CodedEvent e : inOrder) {
            if (e.place() != null && e.place().admin1() != null) divisions.merge(e.place().admin1(), e.sentence() < LEAD ? 3 : 1, Integer::sum);
        }
        String division = null;
        int most = 0;
        for (Map.Entry<String, Integer> v : divisions.entrySet()) {
            if (v.getValue() > most) {          // the earliest of the divisions named most often
                division = v.getKey();
                most = v.getValue();
            }
        }
        String where = division;
        String place = inOrder.stream().filter(e -> e.place() != null && where != null && where.equals(e.place().admin1()))
                .findFirst().map(e -> e.place().name()).orElse(null);
        return Optional.of(new MainEvent(date, division, place));
    }
}
